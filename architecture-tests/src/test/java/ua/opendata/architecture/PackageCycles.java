package ua.opendata.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Rule a: no package cycles among {@code ua.opendata..} packages, over the main code of all
 * modules together. The package graph has an edge p → q when a class of p depends on a class of q
 * (calls, fields, signatures, inheritance, annotations, as ArchUnit reads them from the class
 * files). A cycle is reported once per strongly connected component (the jdeps figure), with one
 * class-level example for every edge inside it.
 */
final class PackageCycles {

    static final String PREFIX = "ua.opendata.";

    /** One package cycle: its packages and, for each edge inside it, an example and a count. */
    record Cycle(Set<String> packages, Map<String, String> examples, Map<String, Integer> counts) {

        String describe() {
            StringBuilder out = new StringBuilder("package cycle " + packages + ":");
            examples.forEach((edge, example) -> out.append("\n    ").append(edge).append(" (")
                    .append(counts.get(edge)).append(" dependencies), e.g. ").append(example));
            return out.append("\n    fix: make the dependencies go one way. An API package may use its"
                    + " module's internals, an internal class must not use that API package: move the"
                    + " shared type down (into the lower package), or make the engine a package-private"
                    + " class of the API package it serves.").toString();
        }
    }

    private PackageCycles() {
    }

    static List<Cycle> find(CodeBase code) {
        Map<String, Set<String>> graph = new TreeMap<>();
        Map<String, String> examples = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Module module : code.modules()) {
            for (JavaClass c : code.classes(module, Module.Scope.MAIN)) {
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                    String from = d.getOriginClass().getPackageName();
                    String to = d.getTargetClass().getBaseComponentType().getPackageName();
                    if (from.equals(to) || !from.startsWith(PREFIX) || !to.startsWith(PREFIX)) {
                        continue;
                    }
                    graph.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                    graph.computeIfAbsent(to, k -> new TreeSet<>());
                    String edge = from + " -> " + to;
                    counts.merge(edge, 1, Integer::sum);
                    String description = d.getDescription();
                    examples.merge(edge, description, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
        }
        List<Cycle> cycles = new ArrayList<>();
        for (Set<String> component : stronglyConnected(graph)) {
            if (component.size() < 2) {
                continue;
            }
            Map<String, String> inside = new TreeMap<>();
            Map<String, Integer> insideCounts = new TreeMap<>();
            for (String from : component) {
                for (String to : graph.get(from)) {
                    if (component.contains(to)) {
                        String edge = from + " -> " + to;
                        inside.put(edge, examples.get(edge));
                        insideCounts.put(edge, counts.get(edge));
                    }
                }
            }
            cycles.add(new Cycle(component, inside, insideCounts));
        }
        cycles.sort((a, b) -> a.packages().toString().compareTo(b.packages().toString()));
        return cycles;
    }

    /** Tarjan's algorithm, iterative (no deep recursion on long chains). */
    static List<Set<String>> stronglyConnected(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        List<Set<String>> result = new ArrayList<>();
        int[] counter = {0};
        for (String start : graph.keySet()) {
            if (index.containsKey(start)) {
                continue;
            }
            Deque<Object[]> work = new ArrayDeque<>();
            work.push(new Object[] {start, new ArrayList<>(graph.get(start)).iterator()});
            index.put(start, counter[0]);
            low.put(start, counter[0]++);
            stack.push(start);
            onStack.add(start);
            while (!work.isEmpty()) {
                Object[] frame = work.peek();
                String v = (String) frame[0];
                @SuppressWarnings("unchecked")
                java.util.Iterator<String> next = (java.util.Iterator<String>) frame[1];
                if (next.hasNext()) {
                    String w = next.next();
                    if (!index.containsKey(w)) {
                        index.put(w, counter[0]);
                        low.put(w, counter[0]++);
                        stack.push(w);
                        onStack.add(w);
                        work.push(new Object[] {w, new ArrayList<>(graph.get(w)).iterator()});
                    } else if (onStack.contains(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = (String) work.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(v)));
                }
                if (low.get(v).equals(index.get(v))) {
                    Set<String> component = new TreeSet<>();
                    String w;
                    do {
                        w = stack.pop();
                        onStack.remove(w);
                        component.add(w);
                    } while (!w.equals(v));
                    result.add(component);
                }
            }
        }
        return result;
    }
}
