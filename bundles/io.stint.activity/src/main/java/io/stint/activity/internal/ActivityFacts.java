package io.stint.activity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.HexFormat;
import java.util.Optional;

import io.stint.activity.api.BlockClassifier;
import io.stint.activity.api.BlockFacts;

/**
 * The distinct things blocks show — an application, a title, a domain — in {@code ACTIVITY_FACTS},
 * each with what the rules made of it. Blocks showing the same thing share one fact, so applying
 * changed rules to history classifies each distinct activity once and rewrites only the facts whose
 * answer changed, however many blocks show them.
 */
final class ActivityFacts {

    private ActivityFacts() {
    }

    /**
     * The id of the fact for what a block shows, made (and classified by {@code classifier}, when
     * there is one) if it is new.
     */
    static long idFor(Connection c, long userId, BlockFacts facts, BlockClassifier classifier) throws SQLException {
        return idFor(c, userId, key(facts), facts, classifier);
    }

    /** {@link #idFor(Connection, long, BlockFacts, BlockClassifier)} with the key already made. */
    static long idFor(Connection c, long userId, String key, BlockFacts facts, BlockClassifier classifier)
            throws SQLException {
        Optional<Long> known = find(c, key);
        if (known.isPresent()) {
            return known.get();
        }
        RuleAssignment assignment = classifier == null ? RuleAssignment.NONE
                : classifier.classify(userId, facts).map(RuleAssignment::of).orElse(RuleAssignment.NONE);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ACTIVITY_FACTS (FACT_KEY, APP, TITLE, DOMAIN, "
                + "PROFILE_ID, SERVICE_ID, RULE_ID, CONFIDENCE) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
            ps.setString(1, key);
            ps.setString(2, facts.app());
            ps.setString(3, facts.title());
            ps.setString(4, facts.domain());
            assignment.bindFact(ps, 5);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLIntegrityConstraintViolationException e) {
            // another user's segmentation made the same fact at the same time: use theirs
            return find(c, key).orElseThrow(() -> e);
        }
    }

    private static Optional<Long> find(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ID FROM ACTIVITY_FACTS WHERE FACT_KEY = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /** SHA-256 of the three parts, each marked present or absent, so no two different facts share a key. */
    static String key(BlockFacts facts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {facts.app(), facts.title(), facts.domain()}) {
                if (part == null) {
                    sha.update((byte) 0);
                } else {
                    sha.update((byte) 1);
                    byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                    sha.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
                    sha.update(bytes);
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
