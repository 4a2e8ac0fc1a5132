package ua.opendata.core.internal.html;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG for the HTML report: the KPI gauge and horizontal bar charts. Coordinates are written
 * with {@link Locale#ROOT} and two decimals, so the output is the same on every machine. Not for
 * public use.
 */
public final class HtmlSvg {

    /** Longest label drawn in full; longer ones are cut with an ellipsis (the full text is in the tooltip). */
    static final int LABEL_CHARS = 44;

    private static final double CX = 170;
    private static final double CY = 124;
    private static final double R = 92;

    private HtmlSvg() {
    }

    /** One segment of a bar: a CSS class, its value and its tooltip. */
    public record Segment(String cssClass, long value, String tooltip) {
    }

    /** One bar: its label (data, escaped on output), the tooltip of the label, and its segments. */
    public record Bar(String label, String tooltip, List<Segment> segments) {
        /** Copies the list. */
        public Bar {
            segments = List.copyOf(segments);
        }

        long total() {
            long t = 0;
            for (Segment s : segments) {
                t += s.value();
            }
            return t;
        }
    }

    /**
     * A semicircular gauge of {@code value} (0 to 1) with the {@code target} marked.
     *
     * @param ok          whether the value meets the target (green) or not (red)
     * @param valueText   the value as shown in the middle, e.g. {@code 84,6 %}
     * @param targetText  the label at the target mark, e.g. {@code ціль 85 %}
     * @param ariaLabel   the gauge described for screen readers
     */
    public static void gauge(HtmlOut out, double value, double target, boolean ok, String valueText,
                             String targetText, String zeroText, String fullText, String ariaLabel) {
        double v = clamp(value);
        double t = clamp(target);
        out.raw("<svg class=\"gauge ").raw(ok ? "gauge-ok" : "gauge-fail")
                .raw("\" viewBox=\"0 0 340 150\" width=\"340\" height=\"150\" role=\"img\"")
                .attr("aria-label", ariaLabel).raw(">\n");
        String arc = "M " + num(CX - R) + " " + num(CY) + " A " + num(R) + " " + num(R) + " 0 0 1 "
                + num(CX + R) + " " + num(CY);
        out.raw("<path class=\"track\" d=\"").raw(arc).raw("\" fill=\"none\" stroke-width=\"20\"/>\n");
        out.raw("<path class=\"value\" d=\"").raw(arc).raw("\" fill=\"none\" stroke-width=\"20\" pathLength=\"100\"")
                .raw(" stroke-dasharray=\"").raw(num(v * 100)).raw(" 100\"/>\n");
        double angle = Math.PI * (1 - t);
        double cos = StrictMath.cos(angle); // StrictMath: the same digits on every JVM
        double sin = StrictMath.sin(angle);
        out.raw("<line class=\"mark\" x1=\"").raw(num(CX + (R - 14) * cos)).raw("\" y1=\"").raw(num(CY - (R - 14) * sin))
                .raw("\" x2=\"").raw(num(CX + (R + 14) * cos)).raw("\" y2=\"").raw(num(CY - (R + 14) * sin))
                .raw("\" stroke-width=\"3\"/>\n");
        // the target's label outside the arc, beside the mark, away from the value in the middle
        String anchor = cos > 0.3 ? "start" : cos < -0.3 ? "end" : "middle";
        out.raw("<text class=\"mark-text\" x=\"").raw(num(CX + (R + 20) * cos)).raw("\" y=\"")
                .raw(num(CY - (R + 20) * sin + (sin < 0.5 ? 4 : 0))).raw("\" text-anchor=\"").raw(anchor).raw("\">")
                .text(targetText).raw("</text>\n");
        out.raw("<text class=\"value-text\" x=\"").raw(num(CX)).raw("\" y=\"").raw(num(CY - 8))
                .raw("\" text-anchor=\"middle\">").text(valueText).raw("</text>\n");
        out.raw("<text class=\"mark-text\" x=\"").raw(num(CX - R)).raw("\" y=\"").raw(num(CY + 22))
                .raw("\" text-anchor=\"middle\">").text(zeroText).raw("</text>\n");
        out.raw("<text class=\"mark-text\" x=\"").raw(num(CX + R)).raw("\" y=\"").raw(num(CY + 22))
                .raw("\" text-anchor=\"middle\">").text(fullText).raw("</text>\n");
        out.raw("</svg>\n");
    }

    /** A horizontal bar chart, bars in the given order, scaled to the largest total. */
    public static void bars(HtmlOut out, List<Bar> bars, String ariaLabel) {
        boolean twoLines = false;
        for (Bar b : bars) {
            twoLines |= lines(b.label()).size() > 1;
        }
        double row = twoLines ? 36 : 24;
        double labelEnd = 300;
        double barStart = 306;
        double barWidth = 380;
        double height = bars.size() * row + 8;
        long max = 1;
        for (Bar b : bars) {
            max = Math.max(max, b.total());
        }
        out.raw("<div class=\"chart-wrap\">\n<svg class=\"chart\" viewBox=\"0 0 760 ").raw(num(height))
                .raw("\" width=\"760\" height=\"").raw(num(height)).raw("\" role=\"img\"").attr("aria-label", ariaLabel)
                .raw(">\n");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = 4 + i * row;
            double middle = y + row / 2 - 2;
            out.raw("<g><title>").text(b.tooltip()).raw("</title>\n");
            List<String> lines = lines(b.label());
            double first = lines.size() == 1 ? middle + 5 : middle - 2;
            out.raw("<text x=\"").raw(num(labelEnd)).raw("\" y=\"").raw(num(first)).raw("\" text-anchor=\"end\">");
            for (int l = 0; l < lines.size(); l++) {
                out.raw("<tspan x=\"").raw(num(labelEnd)).raw("\" dy=\"").raw(l == 0 ? "0" : "14").raw("\">")
                        .text(lines.get(l)).raw("</tspan>");
            }
            out.raw("</text>\n");
            double x = barStart;
            for (Segment s : b.segments()) {
                if (s.value() <= 0) {
                    continue;
                }
                double w = barWidth * s.value() / max;
                out.raw("<rect class=\"").raw(s.cssClass()).raw("\" x=\"").raw(num(x)).raw("\" y=\"").raw(num(middle - 8))
                        .raw("\" width=\"").raw(num(w)).raw("\" height=\"16\"><title>")
                        .text(s.tooltip()).raw("</title></rect>\n");
                x += w;
            }
            out.raw("<text class=\"n\" x=\"").raw(num(x + 5)).raw("\" y=\"").raw(num(middle + 5)).raw("\">")
                    .raw(Long.toString(b.total())).raw("</text>\n</g>\n");
        }
        out.raw("</svg>\n</div>\n");
    }

    /** A label on at most two lines of {@link #LABEL_CHARS}, broken between words; the rest cut with "…". */
    static List<String> lines(String label) {
        if (label.codePointCount(0, label.length()) <= LABEL_CHARS) {
            return List.of(label);
        }
        int cut = label.offsetByCodePoints(0, LABEL_CHARS);
        int space = label.lastIndexOf(' ', cut);
        int end = space > LABEL_CHARS / 2 ? space : cut;
        return List.of(label.substring(0, end), shorten(label.substring(end).strip()));
    }

    static String shorten(String label) {
        if (label.codePointCount(0, label.length()) <= LABEL_CHARS) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, LABEL_CHARS - 1)) + "…";
    }

    private static double clamp(double x) {
        return Double.isNaN(x) ? 0 : Math.max(0, Math.min(1, x));
    }

    static String num(double x) {
        String s = String.format(Locale.ROOT, "%.2f", x);
        if (s.endsWith(".00")) {
            s = s.substring(0, s.length() - 3);
        } else if (s.endsWith("0")) {
            s = s.substring(0, s.length() - 1);
        }
        return "-0".equals(s) ? "0" : s;
    }
}
