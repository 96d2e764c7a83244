package io.stint.itest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/** A resource with a bug, registered by the test to see what an unexpected exception looks like. */
@Path("itest/failing")
public class FailingResource {

    static final String SECRET = "SECRET-INTERNAL-DETAIL table T_USERS";

    @GET
    @Produces("application/json")
    public String fail() {
        throw new IllegalStateException(SECRET);
    }
}
