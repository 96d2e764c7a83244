package io.stint.billing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.stint.billing.api.Profile;
import io.stint.billing.api.ProfileDraft;
import io.stint.tracking.api.ClientService;
import io.stint.tracking.api.ProjectService;

/** A page of profiles asks tracking for each distinct client and project once, not once per profile. */
class ProfileLookupsTest {

    private final BillingFixture f = new BillingFixture();
    private final AtomicInteger clientFinds = new AtomicInteger();
    private final AtomicInteger projectFinds = new AtomicInteger();
    private final ProfilesImpl profiles = new ProfilesImpl(f.db.transactions(),
            counting(ClientService.class, f.clients, clientFinds), counting(ProjectService.class, f.projects, projectFinds));

    @Test
    void aPageOfTenProfilesOfTwoClientsAndOneProjectLooksUpTwoClientsAndOneProject() {
        long acme = f.client("Acme");
        long globex = f.client("Globex");
        long web = f.project("Website", acme);
        long dev = f.service("Dev");
        long rate = f.rate("Standard", "EUR", 100);
        for (int i = 0; i < 5; i++) {
            f.profiles.create(new ProfileDraft(acme, web, dev, rate, null));
            f.profiles.create(new ProfileDraft(globex, null, dev, rate, null));
        }
        List<Profile> page = profiles.list(true, 0, 10);
        assertEquals(10, page.size());
        assertEquals("Globex", page.get(9).clientName());
        assertEquals(2, clientFinds.get());
        assertEquals(1, projectFinds.get());
    }

    /** {@code real}, counting calls of {@code find}. */
    private static <T> T counting(Class<T> type, T real, AtomicInteger finds) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
            if (method.getName().equals("find")) {
                finds.incrementAndGet();
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
