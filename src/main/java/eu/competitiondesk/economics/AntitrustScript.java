package eu.competitiondesk.economics;

import eu.competitiondesk.economics.SimulationJson.DemandSystem;
import eu.competitiondesk.economics.SimulationJson.Request;
import java.util.List;

/**
 * The R call that reproduces a merger simulation with the package {@code antitrust}: the request's inputs written as
 * R vectors and matrices, and the function of its demand system.
 */
final class AntitrustScript {

    private AntitrustScript() {}

    /**
     * The {@code antitrust} call for the same run: its owner matrices in R's form (ownership shares with stakes, the
     * profit weights otherwise); the logit is solved to a tight tolerance, as its defaults stop short.
     */
    static String of(
            Request r,
            double[] prices,
            double[] q,
            double[] margins,
            double[] s,
            double[][] diversion,
            double[][] before,
            double[][] after,
            Integer calibrated,
            double marketElasticity) {
        StringBuilder b = new StringBuilder("library(antitrust)\n");
        b.append("labels <- ")
                .append(strings(r.products().stream().map(p -> p.name().strip()).toList()))
                .append('\n');
        b.append("prices <- ").append(numbers(prices)).append('\n');
        b.append("ownerPre <- ").append(matrixText(before)).append('\n');
        b.append("ownerPost <- ").append(matrixText(after)).append('\n');
        double[] knownMargins = new double[prices.length];
        java.util.Arrays.fill(knownMargins, Double.NaN);
        if (calibrated != null && r.calibration().marginPercent() != null) {
            knownMargins[calibrated] = r.calibration().marginPercent().doubleValue() / 100;
        }
        DemandSystem demand = r.demand();
        if (demand == DemandSystem.LINEAR || demand == DemandSystem.LOGLINEAR) {
            b.append("quantities <- ").append(numbers(q)).append('\n');
            b.append("margins <- ").append(numbers(margins)).append('\n');
            // antitrust's convention: diversion from i to j in row i, -1 on the diagonal.
            double[][] d = new double[diversion.length][];
            for (int i = 0; i < d.length; i++) {
                d[i] = diversion[i].clone();
                d[i][i] = -1;
            }
            b.append("diversions <- ").append(matrixText(d)).append('\n');
        } else {
            b.append("shares <- ").append(numbers(s)).append('\n');
            if (demand != DemandSystem.PCAIDS) {
                b.append("margins <- ").append(numbers(knownMargins)).append('\n');
            }
        }
        String owners = "ownerPre = ownerPre, ownerPost = ownerPost, labels = labels";
        b.append("result <- ")
                .append(
                        switch (demand) {
                            case LOGIT ->
                                "logit(prices = prices, shares = shares, margins = margins, " + owners
                                        + ", control.slopes = list(reltol = 1e-14))";
                            case CES -> "ces(prices = prices, shares = shares, margins = margins, " + owners + ")";
                            case LINEAR ->
                                "linear(prices = prices, quantities = quantities, margins = margins,"
                                        + " diversions = diversions, " + owners
                                        + ", symmetry = FALSE)";
                            case LOGLINEAR ->
                                "loglinear(prices = prices, quantities = quantities, margins = margins,"
                                        + " diversions = diversions, " + owners
                                        + ")";
                            case PCAIDS ->
                                "pcaids(shares = shares, knownElast = "
                                        + r.calibration().ownElasticity().toPlainString() + ", mktElast = "
                                        + marketElasticity
                                        + ", prices = prices, knownElastIndex = " + (calibrated + 1) + ", " + owners
                                        + ")";
                            case AIDS ->
                                "aids(shares = shares, margins = margins, prices = prices, mktElast = "
                                        + marketElasticity + ", " + owners + ")";
                        })
                .append('\n');
        return b.append("summary(result)\n").toString();
    }

    private static String numbers(double[] values) {
        StringBuilder b = new StringBuilder("c(");
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "" : ", ").append(Double.isNaN(values[i]) ? "NA" : Double.toString(values[i]));
        }
        return b.append(')').toString();
    }

    private static String strings(List<String> values) {
        StringBuilder b = new StringBuilder("c(");
        for (int i = 0; i < values.size(); i++) {
            b.append(i == 0 ? "" : ", ")
                    .append('"')
                    .append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return b.append(')').toString();
    }

    private static String matrixText(double[][] m) {
        double[] flat = new double[m.length * m.length];
        for (int i = 0; i < m.length; i++) {
            System.arraycopy(m[i], 0, flat, i * m.length, m.length);
        }
        return "matrix(" + numbers(flat) + ", nrow = " + m.length + ", byrow = TRUE)";
    }
}
