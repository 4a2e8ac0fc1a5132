package ua.opendata.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rule b: no class of module A (main or test code) uses a class in an {@code ..internal..}
 * package of another module B. The module of a class is the directory its class file came from;
 * the owner of a used class is the module whose main (else test) classes hold it.
 */
final class InternalUses {

    /** One class of one module using one internal class of another, with an example and a count. */
    record Use(Module user, Module.Scope scope, String userClass, String internalClass, Module owner,
            String example, int count) {

        String describe() {
            return user + " (" + scope.name().toLowerCase(java.util.Locale.ROOT) + ") " + userClass
                    + " uses " + internalClass + " of module " + owner + " (" + count
                    + " dependencies), e.g. " + example
                    + "\n    fix: use (or add) a deliberate public API of " + owner
                    + " (or a small shared module); an internal package is for its own module only.";
        }
    }

    private InternalUses() {
    }

    static boolean isInternal(String packageName) {
        return packageName.equals("internal") || packageName.startsWith("internal.")
                || packageName.endsWith(".internal") || packageName.contains(".internal.");
    }

    static List<Use> find(CodeBase code) {
        Map<String, Module> owners = code.ownerOfEveryClass();
        List<Use> uses = new ArrayList<>();
        for (Module module : code.modules()) {
            for (Module.Scope scope : Module.Scope.values()) {
                for (JavaClass c : code.classes(module, scope)) {
                    Map<String, Use> byTarget = new TreeMap<>();
                    for (Dependency d : c.getDirectDependenciesFromSelf()) {
                        JavaClass target = d.getTargetClass().getBaseComponentType();
                        Module owner = owners.get(target.getName());
                        if (owner == null || owner.equals(module) || !isInternal(target.getPackageName())) {
                            continue;
                        }
                        byTarget.merge(target.getName(),
                                new Use(module, scope, c.getName(), target.getName(), owner, d.getDescription(), 1),
                                (a, b) -> new Use(a.user(), a.scope(), a.userClass(), a.internalClass(), a.owner(),
                                        a.example().compareTo(b.example()) <= 0 ? a.example() : b.example(),
                                        a.count() + b.count()));
                    }
                    uses.addAll(byTarget.values());
                }
            }
        }
        return uses;
    }
}
