package eu.competitiondesk.concentration.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who ultimately owns and controls which firm, for the modified HHI of O'Brien and Salop (2000):
 *
 * <pre>MHHI = sum over j, k of s_j s_k (sum over i of gamma_ij beta_ik) / (sum over i of gamma_ij beta_ij)</pre>
 *
 * where i runs over the ultimate owners, beta_ik is owner i's share of firm k's profits and gamma_ij its share of
 * control over firm j.
 *
 * <p>The ultimate owners are each firm's own outside shareholders, who hold whatever the stakes leave of it, and
 * the owners outside the market that stakes name (a fund, a parent). A firm that holds a stake passes what it draws
 * from it on to its own owners, so with the direct holdings among firms in a matrix B (B[m][k] = the part of firm k
 * held by firm m), what owners draw in the end is D (I - B)^-1, D being the owners' direct holdings. Control passes
 * through holding firms the same way, in proportion (the product's reading: docs/methodology.md). With no chain,
 * this is the classic case: a silent stake b of A in B adds b * s_A * s_B, full profit and control rights add
 * 2 * s_A * s_B, the delta of a merger.
 *
 * <p>Only firms named in stakes differ from sole ownership, so the solve is over them alone and 10,000 firms cost
 * no more than their stakes. The solve is in double precision; the result is rounded to {@link #SCALE} decimals.
 */
final class Ownership {

    /** The most stakes one calculation takes: the solve grows with the cube of the firms they name. */
    static final int MAX_STAKES = 200;
    /** Decimals of the modified HHI. */
    static final int SCALE = 6;

    private static final double EPSILON = 1e-12;

    private final Market market;
    /** Firms named in stakes, in the order first named, as indices into the market's shares. */
    private final List<Integer> firms = new ArrayList<>();

    private final Map<Integer, Integer> position = new HashMap<>();
    /** Owners outside the market, by key, in the order first named: their position among the outside owners. */
    private final Map<String, Integer> outsidePosition = new HashMap<>();
    /** Their names as first given, in that order. */
    private final List<String> outsideOwners = new ArrayList<>();

    private final List<Holding> holdings = new ArrayList<>();

    /** A stake once checked: holder is a firm position, or -1 - the outside owner's position. */
    private record Holding(int stake, int holder, int target, double financial, double control) {}

    private Ownership(Market market) {
        this.market = market;
    }

    static Ownership of(Market market, List<Stake> stakes) {
        if (stakes == null || stakes.isEmpty()) {
            throw new InvalidConcentrationInput(List.of(new InputError("stakes", "give at least one stake")));
        }
        if (stakes.size() > MAX_STAKES) {
            throw new InvalidConcentrationInput(
                    List.of(new InputError("stakes", "at most " + MAX_STAKES + " stakes, not " + stakes.size())));
        }
        Ownership ownership = new Ownership(market);
        List<InputError> errors = new ArrayList<>();
        Map<Integer, BigDecimal[]> soldByTarget = new HashMap<>();
        Set<String> pairs = new HashSet<>();
        for (int n = 0; n < stakes.size(); n++) {
            Stake stake = stakes.get(n);
            String field = "stakes[" + n + "]";
            if (stake == null) {
                errors.add(new InputError(field, "missing"));
                continue;
            }
            boolean valid = true;
            boolean holderNamed = stake.holder() != null && !stake.holder().isBlank();
            if (!holderNamed) {
                errors.add(new InputError(
                        field + ".holder", "name the holder: a firm of the market or an owner" + " outside it"));
                valid = false;
            }
            int holder = holderNamed ? market.indexOf(stake.holder()) : -1;
            int target = market.indexOf(stake.target());
            if (target < 0) {
                errors.add(new InputError(
                        field + ".target",
                        stake.target() == null || stake.target().isBlank()
                                ? "name the firm held"
                                : "firm " + stake.target().trim() + " is not in the shares"));
                valid = false;
            }
            if (valid && holder == target) {
                errors.add(new InputError(field + ".target", "a firm cannot hold a stake in itself"));
                valid = false;
            }
            if (valid && !pairs.add(Market.key(stake.holder()) + "\u0000" + target)) {
                errors.add(new InputError(
                        field,
                        "the stake of " + stake.holder().trim() + " in "
                                + stake.target().trim() + " is given twice"));
                valid = false;
            }
            if (!isFraction(stake.financial())) {
                errors.add(new InputError(field + ".financial", "must be a fraction from 0 to 1"));
                valid = false;
            }
            if (!isFraction(stake.control())) {
                errors.add(new InputError(field + ".control", "must be a fraction from 0 to 1"));
                valid = false;
            }
            if (!valid) {
                continue;
            }
            BigDecimal[] sold =
                    soldByTarget.computeIfAbsent(target, t -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sold[0] = sold[0].add(stake.financial());
            sold[1] = sold[1].add(stake.control());
            if (sold[0].compareTo(BigDecimal.ONE) > 0) {
                errors.add(new InputError(
                        field + ".financial",
                        "the financial stakes in " + stake.target().trim() + " add up to more than 1"));
            }
            if (sold[1].compareTo(BigDecimal.ONE) > 0) {
                errors.add(new InputError(
                        field + ".control",
                        "the control stakes in " + stake.target().trim() + " add up to more than 1"));
            }
            int holderRef;
            if (holder >= 0) {
                holderRef = ownership.positionOf(holder);
            } else {
                holderRef = -1 - ownership.outsidePositionOf(stake.holder());
            }
            ownership.holdings.add(new Holding(
                    n,
                    holderRef,
                    ownership.positionOf(target),
                    stake.financial().doubleValue(),
                    stake.control().doubleValue()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidConcentrationInput(errors);
        }
        return ownership;
    }

    /**
     * The profit weights kappa[j][k] = sum_i gamma_ij beta_ik / sum_i gamma_ij beta_ij between the firms named in
     * stakes (by position): what the owners controlling firm j draw from firm k, per unit of what they draw from j.
     * Refused, naming the stakes, where the owners controlling a firm hold none of its profits.
     */
    /**
     * What the owners controlling each firm hold of every firm's profits, control-weighted: row j, column k is
     * sum_o gamma_oj beta_ok (a firm's own shareholders holding what no one else does). This is the owner matrix of
     * R's {@code antitrust}; its row divided by its own entry gives the profit weights.
     */
    double[][] interests() {
        int f = firms.size();
        int owners = f + outsideOwners.size();
        double[][] heldByFirms = new double[f][f];
        double[][] controlledByFirms = new double[f][f];
        // Direct holdings of the ultimate owners: row m < f is firm m's own shareholders, then the outside owners.
        double[][] direct = new double[owners][f];
        double[][] directControl = new double[owners][f];
        for (int m = 0; m < f; m++) {
            direct[m][m] = 1;
            directControl[m][m] = 1;
        }
        for (Holding h : holdings) {
            direct[h.target()][h.target()] -= h.financial();
            directControl[h.target()][h.target()] -= h.control();
            if (h.holder() >= 0) {
                heldByFirms[h.holder()][h.target()] += h.financial();
                controlledByFirms[h.holder()][h.target()] += h.control();
            } else {
                direct[f - 1 - h.holder()][h.target()] += h.financial();
                directControl[f - 1 - h.holder()][h.target()] += h.control();
            }
        }
        double[][] profit = times(direct, inverseOfIdentityMinus(heldByFirms));
        double[][] control = times(directControl, inverseOfIdentityMinus(controlledByFirms));

        double[][] interests = new double[f][f];
        for (int j = 0; j < f; j++) {
            for (int i = 0; i < owners; i++) {
                double gamma = control[i][j];
                if (gamma > EPSILON) {
                    for (int k = 0; k < f; k++) {
                        interests[j][k] += gamma * profit[i][k];
                    }
                }
            }
        }
        return interests;
    }

    /**
     * The O'Brien-Salop profit weights: each firm's row of {@link #interests()} divided by its own entry, kappa_jk =
     * sum_o gamma_oj beta_ok / sum_o gamma_oj beta_oj.
     */
    double[][] weights() {
        double[][] interests = interests();
        int f = interests.length;
        List<InputError> errors = new ArrayList<>();
        double[][] kappa = new double[f][f];
        for (int j = 0; j < f; j++) {
            double ownInterest = interests[j][j];
            double[] interestIn = interests[j];
            if (ownInterest <= EPSILON) {
                for (Holding h : holdings) {
                    if (h.target() == j) {
                        errors.add(new InputError(
                                "stakes[" + h.stake() + "].control",
                                "the owners controlling "
                                        + name(j) + " would hold none of its profits, which leaves the profit weights"
                                        + " undefined"));
                    }
                }
                continue;
            }
            for (int k = 0; k < f; k++) {
                kappa[j][k] = interestIn[k] / ownInterest;
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidConcentrationInput(errors);
        }
        return kappa;
    }

    /** The controllers' interests ({@link #interests()}) by firm name. */
    Map<String, Map<String, Double>> interestsByName() {
        return byName(interests());
    }

    /** The profit weights by firm name, for each firm named in stakes (1 on its own). */
    Map<String, Map<String, Double>> weightsByName() {
        return byName(weights());
    }

    private Map<String, Map<String, Double>> byName(double[][] kappa) {
        Map<String, Map<String, Double>> byName = new java.util.LinkedHashMap<>();
        for (int j = 0; j < kappa.length; j++) {
            Map<String, Double> row = new java.util.LinkedHashMap<>();
            for (int k = 0; k < kappa.length; k++) {
                row.put(name(k), kappa[j][k]);
            }
            byName.put(name(j), row);
        }
        return byName;
    }

    OwnershipOutcome outcome() {
        double[][] kappa = weights();
        double crossTerms = 0;
        for (int j = 0; j < kappa.length; j++) {
            for (int k = 0; k < kappa.length; k++) {
                if (k != j) {
                    crossTerms += share(j) * share(k) * kappa[j][k];
                }
            }
        }
        BigDecimal delta = BigDecimal.valueOf(crossTerms).setScale(SCALE, RoundingMode.HALF_EVEN);
        BigDecimal hhi = market.hhi();
        return new OwnershipOutcome(
                hhi, Figures.plain(hhi.add(delta)), Figures.plain(delta), List.copyOf(outsideOwners));
    }

    private int outsidePositionOf(String holder) {
        return outsidePosition.computeIfAbsent(Market.key(holder), key -> {
            outsideOwners.add(holder.trim());
            return outsideOwners.size() - 1;
        });
    }

    private int positionOf(int firm) {
        return position.computeIfAbsent(firm, x -> {
            firms.add(x);
            return firms.size() - 1;
        });
    }

    private double share(int position) {
        return market.shares().get(firms.get(position)).share().doubleValue();
    }

    private String name(int position) {
        return market.shares().get(firms.get(position)).firm();
    }

    /**
     * (I - B)^-1 by Gauss-Jordan elimination with partial pivoting. Singular only when some firms are wholly held by
     * one another with no outside owner left, which the stakes' check of "at most 1 in each target" lets through.
     */
    private static double[][] inverseOfIdentityMinus(double[][] b) {
        int n = b.length;
        double[][] a = new double[n][2 * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                a[r][c] = (r == c ? 1 : 0) - b[r][c];
            }
            a[r][n + r] = 1;
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][col]) < EPSILON) {
                throw new InvalidConcentrationInput(List.of(new InputError(
                        "stakes",
                        "the stakes make firms own each"
                                + " other wholly, in a circle with no outside owner: give each firm's outside shareholders"
                                + " some part")));
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            double p = a[col][col];
            for (int c = 0; c < 2 * n; c++) {
                a[col][c] /= p;
            }
            for (int r = 0; r < n; r++) {
                double factor = a[r][col];
                if (r != col && factor != 0) {
                    for (int c = 0; c < 2 * n; c++) {
                        a[r][c] -= factor * a[col][c];
                    }
                }
            }
        }
        double[][] inverse = new double[n][n];
        for (int r = 0; r < n; r++) {
            System.arraycopy(a[r], n, inverse[r], 0, n);
        }
        return inverse;
    }

    private static double[][] times(double[][] left, double[][] right) {
        int rows = left.length;
        int inner = right.length;
        int cols = inner == 0 ? 0 : right[0].length;
        double[][] product = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int m = 0; m < inner; m++) {
                double v = left[r][m];
                if (v != 0) {
                    for (int c = 0; c < cols; c++) {
                        product[r][c] += v * right[m][c];
                    }
                }
            }
        }
        return product;
    }

    private static boolean isFraction(BigDecimal value) {
        return value != null && value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0;
    }
}
