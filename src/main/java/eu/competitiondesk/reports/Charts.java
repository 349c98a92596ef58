package eu.competitiondesk.reports;

import eu.competitiondesk.concentration.engine.Analysis;
import eu.competitiondesk.concentration.engine.FirmShare;
import eu.competitiondesk.concentration.engine.Figures;
import java.math.BigDecimal;
import java.util.List;

/** Vector charts for reports, as SVG markup the PDF renderer draws as vector graphics. */
final class Charts {

    private static final int BAR = 22;
    private static final double AREA = 300;

    private Charts() {
    }

    static String shareBars(Analysis a) {
        List<FirmShare> firms = a.market().largestFirst();
        BigDecimal largest = firms.isEmpty() ? a.othersShare() : a.othersShare().max(firms.get(0).share());
        int rows = firms.size() + (a.othersShare().signum() > 0 ? 1 : 0);
        // The alt text is the chart's figure alternative in the tagged PDF (PDF/UA); the table beside it has the
        // same numbers.
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"480\" height=\""
                + (rows * BAR + 4) + "\" viewBox=\"0 0 480 " + (rows * BAR + 4) + "\" alt=\"" + escape(alt(a))
                + "\">");
        int y = 0;
        for (FirmShare firm : firms) {
            bar(svg, escape(firm.firm()), firm.share(), largest, y, "#1d70b8");
            y += BAR;
        }
        if (a.othersShare().signum() > 0) {
            bar(svg, "Others", a.othersShare(), largest, y, "#b1b4b6");
        }
        return svg.append("</svg>").toString();
    }

    private static void bar(StringBuilder svg, String label, BigDecimal share, BigDecimal largest, int y,
            String colour) {
        double width = Math.round(AREA * share.doubleValue() / largest.doubleValue() * 10) / 10.0;
        svg.append("<text x=\"0\" y=\"").append(y + 15).append("\" font-size=\"11\">").append(label)
                .append("</text><rect x=\"130\" y=\"").append(y + 4).append("\" width=\"").append(width)
                .append("\" height=\"16\" fill=\"").append(colour).append("\"/><text x=\"").append(width + 135)
                .append("\" y=\"").append(y + 15).append("\" font-size=\"11\">").append(Figures.format(share))
                .append("%</text>");
    }

    /** The chart in words: each firm and its share, largest first. */
    static String alt(Analysis a) {
        StringBuilder text = new StringBuilder("Bar chart of the shares: ");
        List<FirmShare> firms = a.market().largestFirst();
        for (int i = 0; i < firms.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(firms.get(i).firm()).append(' ')
                    .append(Figures.format(firms.get(i).share())).append('%');
        }
        if (a.othersShare().signum() > 0) {
            text.append(", Others ").append(Figures.format(a.othersShare())).append('%');
        }
        return text.append(". The table of shares gives the same figures.").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
