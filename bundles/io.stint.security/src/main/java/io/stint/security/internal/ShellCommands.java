package io.stint.security.internal;

import java.util.Arrays;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.stint.rest.api.ApiException;

/**
 * Gogo commands: {@code stint:token-create <username> <name> [scope ...]} prints a new token once;
 * {@code stint:user-password <username> <password>} sets a password. Gogo calls {@code _main} with
 * the command's name first, which lets the names carry a dash.
 */
@Component(service = ShellCommands.class, property = { "osgi.command.scope=stint",
    "osgi.command.function=token-create", "osgi.command.function=user-password" })
public final class ShellCommands {

    private final UserService users;
    private final TokenService tokens;

    @Activate
    public ShellCommands(@Reference UserService users, @Reference TokenService tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    public String _main(String... args) {
        String command = args.length == 0 ? "" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        try {
            return switch (command) {
                case "token-create" -> tokenCreate(rest);
                case "user-password" -> userPassword(rest);
                default -> "Unknown command: " + command;
            };
        } catch (ApiException e) {
            return "Refused: " + e.getMessage() + (e.errors() == null ? "" : " " + e.errors());
        }
    }

    String tokenCreate(List<String> args) {
        if (args.size() < 2) {
            return "Usage: stint:token-create <username> <name> [scope ...]  (no scope: the user's full scopes)";
        }
        User user = users.byUsername(args.get(0)).filter(User::active).orElse(null);
        if (user == null) {
            return "No active user '" + args.get(0) + "'";
        }
        List<String> scopes = args.size() > 2 ? args.subList(2, args.size()) : Logins.fullScopes(user);
        for (String scope : scopes) {
            if (("admin:all".equals(scope) || "*".equals(scope)) && !user.isAdmin()) {
                return "Only an admin may hold the '" + scope + "' scope";
            }
        }
        TokenService.Issued issued = tokens.create(user.id(), args.get(1), scopes, null);
        return "API token for " + user.username() + " (id " + issued.token().id() + ", scopes "
                + String.join(",", issued.token().scopes()) + "); shown only now:\n" + issued.secret();
    }

    String userPassword(List<String> args) {
        if (args.size() != 2) {
            return "Usage: stint:user-password <username> <password>";
        }
        User user = users.byUsername(args.get(0)).orElse(null);
        if (user == null) {
            return "No user '" + args.get(0) + "'";
        }
        users.update(user.id(), UserChange.none().withPassword(args.get(1)));
        return "Password set for " + user.username();
    }
}
