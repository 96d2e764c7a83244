package io.stint.admin.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.CommandSessionListener;
import org.osgi.service.component.annotations.Component;

/**
 * Keeps Gogo's own {@code start}, {@code stop}, {@code install}, {@code update} and {@code uninstall}
 * meaning the framework's when typed without a scope, now that {@code stint:} has commands of those
 * names. Gogo runtime 1.1 looks an unqualified name up along the session's {@code SCOPE} path
 * ({@code gogo:*} in the console, {@code *} when unset), and at {@code *} it takes the first scope
 * whose command has that name in its command table's hash order, whatever the services' rankings
 * (those only order services within one scope). So before every command line this listener puts
 * {@code felix} (Gogo's framework commands) in front of the first {@code *}, unless the path names
 * it before that already: a path the user set otherwise is left as it is, and {@code stint:start}
 * typed in full is unaffected.
 */
@Component(service = CommandSessionListener.class)
public final class ShellScope implements CommandSessionListener {

    static final String SCOPE = "SCOPE";
    static final String FRAMEWORK = "felix";

    @Override
    public void beforeExecute(CommandSession session, CharSequence commandline) {
        Object scope = session.get(SCOPE);
        String path = scope == null ? "*" : scope.toString();
        String adjusted = frameworkFirst(path);
        if (!adjusted.equals(path)) {
            session.put(SCOPE, adjusted);
        }
    }

    @Override
    public void afterExecute(CommandSession session, CharSequence commandline, Exception exception) {
        // nothing to undo
    }

    @Override
    public void afterExecute(CommandSession session, CharSequence commandline, Object result) {
        // nothing to undo
    }

    /** The scope path with {@code felix} just before its first {@code *}, unless it comes earlier already or there is no {@code *}. */
    static String frameworkFirst(String path) {
        List<String> scopes = new ArrayList<>(Arrays.asList(path.split(":")));
        int any = scopes.indexOf("*");
        if (any < 0 || scopes.subList(0, any).contains(FRAMEWORK)) {
            return path;
        }
        scopes.add(any, FRAMEWORK);
        return String.join(":", scopes);
    }
}
