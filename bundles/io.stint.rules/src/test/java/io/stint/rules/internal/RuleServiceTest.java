package io.stint.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.stint.activity.api.BlockFacts;
import io.stint.activity.api.Classification;
import io.stint.activity.api.Reclassification;
import io.stint.activity.internal.BlockReclassifier;
import io.stint.billing.api.Profile;
import io.stint.billing.api.ProfileDraft;
import io.stint.billing.api.Profiles;
import io.stint.billing.api.Service;
import io.stint.billing.api.ServiceDraft;
import io.stint.billing.api.Services;
import io.stint.rest.api.ApiException;
import io.stint.rules.api.MatchType;
import io.stint.rules.api.Rule;
import io.stint.rules.api.RuleDraft;
import io.stint.rules.api.RuleJob;
import io.stint.store.api.Transactions;
import io.stint.testkit.TestDatabase;

/**
 * The rule service on real HSQLDB with the activity module's real block store; the billing module is
 * stood in for by fixed profiles 1 and 2 (active), 3 (deleted) and service 5.
 */
class RuleServiceTest {

    private final TestDatabase db = TestDatabase.of(TestDatabase.MODULE_MIGRATIONS,
            Path.of("../io.stint.activity/src/main/resources/OSGI-INF/stint/migrations"));
    private final Transactions tx = db.transactions();
    private final FixedProfiles profiles = new FixedProfiles();
    private final RuleService rules = new RuleService(tx, new BlockReclassifier(tx), profiles, new FixedServices());

    @AfterEach
    void stop() {
        rules.deactivate();
    }

    private static RuleDraft draft(String name, int priority, MatchType type, String value, long profile) {
        return new RuleDraft(name, priority, type, value, profile, null, 0, true);
    }

    private Optional<Classification> classify(String app, String title, String url, String domain) {
        return rules.classify(1, new BlockFacts(app, title, url, domain));
    }

    @Test
    void aSavedRuleAssignsAtOnceAndAChangeOrDeleteTakesEffectAtOnce() {
        Rule code = rules.create(draft("VS Code", 10, MatchType.APP, "Code.exe", 1));
        assertEquals(1L, classify("code.exe", "x", null, null).orElseThrow().profileId());
        rules.update(code.id(), d -> new RuleDraft(d.name(), d.priority(), d.matchType(), d.matchValue(), 2,
                5L, d.confidenceBoost(), d.enabled()));
        Classification c = classify("CODE.EXE", "x", null, null).orElseThrow();
        assertEquals(2L, c.profileId());
        assertEquals(5L, c.serviceId(), "the target service overrides the profile's");
        assertEquals(code.id(), c.ruleId());
        rules.update(code.id(), d -> new RuleDraft(d.name(), d.priority(), d.matchType(), d.matchValue(),
                d.targetProfileId(), d.targetServiceId(), d.confidenceBoost(), false));
        assertTrue(classify("Code.exe", "x", null, null).isEmpty(), "a disabled rule matches nothing");
        assertEquals(1, rules.list(false).size());
        assertEquals(0, rules.list(true).size());
        rules.delete(code.id());
        assertTrue(rules.find(code.id()).isEmpty());
        assertEquals(404, assertThrows(ApiException.class, () -> rules.delete(code.id())).status());
    }

    @Test
    void priorityDecidesAndTiesGoToTheLowerId() {
        Rule first = rules.create(draft("github keyword", 5, MatchType.KEYWORD, "github", 1));
        Rule second = rules.create(draft("github domain", 5, MatchType.DOMAIN, "github.com", 2));
        assertEquals(first.id(), classify("Chrome", "acme/api - GitHub", "https://github.com/acme", null)
                .orElseThrow().ruleId(), "same priority: the lower id wins");
        Rule urgent = rules.create(draft("github domain high", 6, MatchType.DOMAIN, "github.com", 2));
        assertEquals(urgent.id(), classify("Chrome", "acme/api - GitHub", "https://github.com/acme", null)
                .orElseThrow().ruleId(), "the higher priority wins");
        assertEquals(List.of(urgent.id(), first.id(), second.id()), rules.list(false).stream().map(Rule::id).toList());
    }

    @Test
    void invalidRulesAreRefusedWithTheReasonAndNothingIsStored() {
        ApiException regex = assertThrows(ApiException.class,
                () -> rules.create(draft("bad", 1, MatchType.TITLE_REGEX, "(unclosed", 1)));
        assertEquals(400, regex.status());
        assertTrue(regex.errors().get("match_value").get(0).contains("missing closing )"),
                () -> regex.errors().toString());
        ApiException tree = assertThrows(ApiException.class,
                () -> rules.create(draft("bad", 1, MatchType.COMPOSITE, "{\"all\":[]}", 1)));
        assertTrue(tree.errors().containsKey("match_value"));
        assertTrue(assertThrows(ApiException.class, () -> rules.create(draft("x", 1, MatchType.APP, "a", 99)))
                .errors().containsKey("target_profile_id"), "an unknown profile");
        assertEquals(List.of("The profile was deleted."), assertThrows(ApiException.class,
                () -> rules.create(draft("x", 1, MatchType.APP, "a", 3))).errors().get("target_profile_id"));
        assertTrue(assertThrows(ApiException.class, () -> rules.create(new RuleDraft("x", 1, MatchType.APP, "a", 1,
                null, 101, true))).errors().containsKey("confidence_boost"));
        assertTrue(assertThrows(ApiException.class, () -> rules.create(new RuleDraft("x", 1, MatchType.APP, "a", 1,
                77L, 0, true))).errors().containsKey("target_service_id"));
        assertTrue(assertThrows(ApiException.class, () -> rules.create(draft("  ", 1, MatchType.APP, "a", 1)))
                .errors().containsKey("name"));
        assertEquals(0, rules.list(false).size());
    }

    @Test
    void aRuleChangeIsAppliedToHistoryByAJobAndASecondRunChangesNothing() throws Exception {
        tx.run(c -> {
            for (int i = 0; i < 12_000; i++) {
                block(i % 3 == 0 ? "EXCEL.EXE" : "Code", i);
            }
        });
        RuleService.Changed created = rules.created(draft("Excel", 1, MatchType.APP, "excel.exe", 1));
        RuleJob done = await(created.job().id());
        assertEquals(RuleJob.DONE, done.state());
        assertEquals(2, done.examined(), "12,000 blocks show two distinct activities");
        assertEquals(1, done.changedActivities());
        assertEquals(4_000, done.changed());
        assertEquals(4_000, assigned(1));
        RuleJob again = await(rules.apply("requested").id());
        assertEquals(0, again.changed(), "idempotent");
        RuleService.Changed deleted = rules.deleted(created.rule().id());
        assertEquals(4_000, await(deleted.job().id()).changed(), "without the rule its assignments are taken back");
        assertEquals(0, assigned(1));
    }

    @Test
    void aRuleWhoseProfileWasDeletedAssignsNothingFromTheNextRunOn() throws Exception {
        rules.create(draft("Excel", 1, MatchType.APP, "excel.exe", 2));
        block("EXCEL.EXE", 0);
        await(rules.apply("requested").id());
        assertEquals(1, assigned(2));
        profiles.deleted.add(2L);
        RuleJob run = await(rules.apply("requested").id());
        assertEquals(1, run.changed(), "the block is unassigned again");
        assertEquals(0, assigned(2));
        assertTrue(classify("EXCEL.EXE", "x", null, null).isEmpty());
    }

    @Test
    void aPreviewShowsWhatARuleWouldChangeWithoutSavingIt() {
        block("Code", 0);
        block("Slack", 1);
        List<Reclassification.Change> changes = rules.preview(draft("Slack", 1, MatchType.APP, "slack", 2), null, null,
                null, null, 10);
        assertEquals(1, changes.size());
        assertEquals("Slack", changes.get(0).block().app());
        assertEquals(2L, changes.get(0).after().profileId());
        assertEquals(0, rules.list(false).size(), "nothing saved");
        assertNull(changes.get(0).block().profileId());
        assertEquals(400, assertThrows(ApiException.class, () -> rules.preview(draft("bad", 1, MatchType.TITLE_REGEX,
                "[", 1), null, null, null, null, 10)).status());
    }

    @Test
    void theWireShowsTheTargetsNames() {
        Rule r = rules.create(new RuleDraft("Excel", 3, MatchType.APP, "EXCEL.EXE", 1, 5L, 10, true));
        Map<String, Object> wire = RuleWire.rule(r, rules.names(r), java.time.ZoneOffset.UTC);
        assertEquals("Acme", wire.get("client_name"));
        assertEquals("Support", wire.get("service_name"), "the override service");
        assertEquals(10, wire.get("confidence_boost"));
        assertFalse(wire.containsKey("rule_id"));
    }

    private RuleJob await(long id) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            RuleJob job = rules.job(id).orElseThrow();
            if (!RuleJob.RUNNING.equals(job.state())) {
                return job;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("job " + id + " did not finish");
    }

    /** A block stored as before activities were kept apart: the first rule job gives it its activity. */
    private void block(String app, int i) {
        tx.run(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ACTIVITY_BLOCKS (USER_ID, START_MS, END_MS, "
                    + "ACTIVE_MS, HARD_START, PRIMARY_APP, PRIMARY_TITLE, CREATED_AT, UPDATED_AT) "
                    + "VALUES (1, ?, ?, 60000, TRUE, ?, 'title', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
                ps.setLong(1, i * 120_000L);
                ps.setLong(2, i * 120_000L + 60_000);
                ps.setString(3, app);
                ps.executeUpdate();
            }
        });
    }

    /** Blocks showing {@code profile}, as the activity module reads them (their own assignment or their activity's). */
    private long assigned(long profile) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM ACTIVITY_BLOCKS b LEFT JOIN ACTIVITY_FACTS f "
                    + "ON f.ID = b.FACT_ID WHERE COALESCE(f.PROFILE_ID, b.PROFILE_ID) = ?")) {
                ps.setLong(1, profile);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** Profiles 1 and 2 (Acme, service Bookkeeping), 3 deleted, and those a test deletes. */
    private static final class FixedProfiles implements Profiles {
        final java.util.Set<Long> deleted = new java.util.HashSet<>(java.util.Set.of(3L));

        @Override
        public Optional<Profile> find(long id) {
            if (id < 1 || id > 3) {
                return Optional.empty();
            }
            return Optional.of(new Profile(id, 1, "Acme", null, null, 4, "Bookkeeping", 1, "Standard", 15000, "EUR",
                    "Profile " + id, !deleted.contains(id), Instant.EPOCH, Instant.EPOCH));
        }

        @Override
        public Profile create(ProfileDraft draft) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Profile> list(boolean activeOnly, long offset, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count(boolean activeOnly) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Profile update(long id, UnaryOperator<ProfileDraft> change) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Profile delete(long id) {
            throw new UnsupportedOperationException();
        }
    }

    /** Service 5, Support. */
    private static final class FixedServices implements Services {
        @Override
        public Optional<Service> find(long id) {
            return id == 5 ? Optional.of(new Service(5, "Support", true, Instant.EPOCH, Instant.EPOCH)) : Optional.empty();
        }

        @Override
        public Service create(ServiceDraft draft) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Service> list(boolean activeOnly, long offset, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count(boolean activeOnly) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Service update(long id, UnaryOperator<ServiceDraft> change) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Service delete(long id) {
            throw new UnsupportedOperationException();
        }
    }
}
