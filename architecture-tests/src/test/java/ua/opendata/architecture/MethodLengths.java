package ua.opendata.architecture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rule e: no main-code method over {@value #LIMIT} lines, read from the class files'
 * {@code LineNumberTable} (ASM).
 *
 * <p>A method's length is the span from its first to its last line with code, inclusive (the
 * declaration line and a closing brace after a {@code return} are not counted). Everything
 * between counts: comments, blank lines, nested code. A lambda is part of the method it is written
 * in: the lines of its synthetic method {@code lambda$NAME$N} are added to that method's (javac
 * names nested lambdas after the same method), and synthetic or bridge methods are not measured on
 * their own. The methods of an anonymous or local class are methods of their own class.
 * A constructor is measured from its first line (the {@code super(...)}/{@code this(...)} call,
 * or the class line for an implicit one) onwards: the instance field initializers that javac copies
 * into it from lines above are not part of it. A static initializer ({@code <clinit>}) gathers every
 * static field initializer of the class, wherever it is written, so it is measured by its lines with
 * code instead. An enum's constants are a table, declared rather than written as code: the lines
 * where its static initializer creates them are not counted, and its constructor (javac places an
 * implicit one at the enum's declaration line, followed by field initializers written anywhere in
 * the body) is measured by its lines with code. Classes compiled from the fake CKAN's recorded
 * data ({@link RecordedData}) are exempt.
 */
final class MethodLengths {

    static final int LIMIT = 80;

    /** A method over the limit. */
    record LongMethod(String className, String method, String source, int firstLine, int lines) {

        String describe() {
            return className + "." + method + " at " + source + ":" + firstLine + ": " + lines
                    + " lines (limit " + LIMIT + ")"
                    + "\n    fix: extract steps into well-named methods or a collaborator class;"
                    + " a table of data belongs in a resource or a constant.";
        }
    }

    private MethodLengths() {
    }

    static List<LongMethod> find(CodeBase code) {
        List<LongMethod> found = new ArrayList<>();
        for (Module module : code.modules()) {
            Path classes = module.classes(Module.Scope.MAIN);
            code.classes(module, Module.Scope.MAIN); // fails if the module has sources but no classes
            if (!Files.isDirectory(classes)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                    try (InputStream in = Files.newInputStream(file)) {
                        measure(new ClassReader(in), module, found);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the classes under " + classes, e);
            }
        }
        found.sort(Comparator.comparingInt(LongMethod::lines).reversed()
                .thenComparing(LongMethod::className).thenComparing(LongMethod::method));
        return found;
    }

    /** A method as read from a class file: its lines with code in bytecode order. */
    private record Read(String name, String descriptor, int access, List<Integer> lines) {

        int firstLine() {
            return lines.stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
        }
    }

    private static void measure(ClassReader reader, Module module, List<LongMethod> found) {
        List<Read> methods = new ArrayList<>();
        String[] names = {"?", "?"};
        boolean[] isEnum = {false};
        java.util.Set<String> constants = new java.util.HashSet<>();
        java.util.Set<Integer> constantLines = new java.util.HashSet<>();
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                names[0] = name.replace('/', '.');
                isEnum[0] = (access & Opcodes.ACC_ENUM) != 0;
            }

            @Override
            public org.objectweb.asm.FieldVisitor visitField(int access, String name, String descriptor,
                    String signature, Object value) {
                if ((access & Opcodes.ACC_ENUM) != 0 || (access & Opcodes.ACC_SYNTHETIC) != 0) {
                    constants.add(name); // the constants, and javac's $VALUES array of them
                }
                return null;
            }

            @Override
            public void visitSource(String source, String debug) {
                if (source != null) {
                    names[1] = source;
                }
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                Read read = new Read(name, descriptor, access, new ArrayList<>());
                methods.add(read);
                return new MethodVisitor(Opcodes.ASM9) {
                    private int line;

                    @Override
                    public void visitLineNumber(int line, Label start) {
                        this.line = line;
                        read.lines().add(line);
                    }

                    @Override
                    public void visitFieldInsn(int opcode, String owner, String field, String descriptor) {
                        if (isEnum[0] && name.equals("<clinit>") && opcode == Opcodes.PUTSTATIC
                                && constants.contains(field)) {
                            constantLines.add(line); // the line that declares an enum constant
                        }
                    }
                };
            }
        }, ClassReader.SKIP_FRAMES);
        String className = names[0];
        int dot = className.lastIndexOf('.');
        String source = CodeBase.sourceOf(module, Module.Scope.MAIN, dot < 0 ? "" : className.substring(0, dot), names[1]);
        if (RecordedData.isRecordedData(source)) {
            return;
        }
        attributeLambdas(methods);
        for (Read m : methods) {
            if ((m.access() & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) != 0) {
                continue;
            }
            List<Integer> lines = m.lines();
            String kind = m.name();
            if (isEnum[0] && kind.equals("<clinit>")) {
                lines = lines.stream().filter(l -> !constantLines.contains(l)).toList();
            } else if (isEnum[0] && kind.equals("<init>")) {
                kind = "<clinit>"; // measured by its lines with code, see the class comment
            }
            int length = length(kind, lines);
            if (length > LIMIT) {
                found.add(new LongMethod(className, m.name() + parameters(m.descriptor()), source,
                        m.name().equals("<init>") ? lines.get(0)
                                : lines.stream().mapToInt(Integer::intValue).min().getAsInt(), length));
            }
        }
    }

    /**
     * Adds the lines of each lambda ({@code lambda$NAME$N}, synthetic) to the method it is written
     * in: of the methods called NAME ({@code new}: constructors, {@code static}: the static
     * initializer), the one declared last before the lambda's first line.
     */
    private static void attributeLambdas(List<Read> methods) {
        for (Read lambda : methods) {
            if ((lambda.access() & Opcodes.ACC_SYNTHETIC) == 0 || !lambda.name().startsWith("lambda$")
                    || lambda.lines().isEmpty()) {
                continue;
            }
            String enclosing = lambda.name().substring("lambda$".length(), lambda.name().lastIndexOf('$'));
            String name = switch (enclosing) {
                case "new" -> "<init>";
                case "static" -> "<clinit>";
                default -> enclosing;
            };
            Read target = null;
            for (Read m : methods) {
                if (m.name().equals(name) && (m.access() & Opcodes.ACC_SYNTHETIC) == 0
                        && m.firstLine() <= lambda.firstLine()
                        && (target == null || m.firstLine() > target.firstLine())) {
                    target = m;
                }
            }
            if (target != null) {
                target.lines().addAll(lambda.lines());
            }
        }
    }

    /** The length of a method from its line numbers in bytecode order (see the class comment). */
    static int length(String name, List<Integer> linesInOrder) {
        if (linesInOrder.isEmpty()) {
            return 0;
        }
        if (name.equals("<clinit>")) {
            return (int) linesInOrder.stream().distinct().count();
        }
        int from = name.equals("<init>") ? linesInOrder.get(0)
                : linesInOrder.stream().mapToInt(Integer::intValue).min().getAsInt();
        int to = linesInOrder.stream().mapToInt(Integer::intValue).filter(l -> l >= from).max().getAsInt();
        return to - from + 1;
    }

    private static String parameters(String descriptor) {
        org.objectweb.asm.Type[] args = org.objectweb.asm.Type.getArgumentTypes(descriptor);
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < args.length; i++) {
            String type = args[i].getClassName();
            out.append(i == 0 ? "" : ", ").append(type.substring(type.lastIndexOf('.') + 1));
        }
        return out.append(')').toString();
    }
}
