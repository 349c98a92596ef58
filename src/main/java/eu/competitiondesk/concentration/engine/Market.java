package eu.competitiondesk.concentration.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A market's named firms and their shares in percent, checked once, with the concentration measures of
 * docs/methodology.md. Shares need not add up to 100: what is missing is "Others", firms not named by the source.
 * Firm names are matched without regard to case or surrounding spaces.
 */
public final class Market {

    /** The most firms one calculation takes. */
    public static final int MAX_FIRMS = 10_000;
    /** Published shares are rounded, so a total a little above 100 is tolerated. */
    public static final double MAX_TOTAL = 100.5;
    /** Half a percentage point: the rounding error of a share published as a whole number. */
    public static final double ROUNDING = 0.5;

    private final List<FirmShare> shares;
    private final List<FirmShare> largestFirst;
    private final Map<String, Integer> indexByKey;

    private Market(List<FirmShare> shares) {
        this.shares = List.copyOf(shares);
        this.largestFirst = shares.stream().sorted(Comparator.comparingDouble(FirmShare::share).reversed()).toList();
        this.indexByKey = new HashMap<>();
        for (int i = 0; i < shares.size(); i++) {
            indexByKey.put(key(shares.get(i).firm()), i);
        }
    }

    /** Checks the shares and returns the market, or throws with every problem found, each naming its field. */
    public static Market of(List<FirmShare> shares) {
        List<InputError> errors = new ArrayList<>();
        if (shares == null || shares.isEmpty()) {
            throw new InvalidConcentrationInput(List.of(new InputError("shares", "give at least one firm's share")));
        }
        if (shares.size() > MAX_FIRMS) {
            throw new InvalidConcentrationInput(List.of(new InputError("shares",
                    "at most " + MAX_FIRMS + " firms, not " + shares.size())));
        }
        Set<String> seen = new java.util.HashSet<>();
        double total = 0;
        for (int i = 0; i < shares.size(); i++) {
            FirmShare row = shares.get(i);
            String field = "shares[" + i + "]";
            if (row == null) {
                errors.add(new InputError(field, "missing"));
                continue;
            }
            if (row.firm() == null || row.firm().isBlank()) {
                errors.add(new InputError(field + ".firm", "name the firm"));
            } else if (!seen.add(key(row.firm()))) {
                errors.add(new InputError(field + ".firm", "firm " + row.firm().trim() + " is listed twice"));
            }
            if (Double.isNaN(row.share())) {
                errors.add(new InputError(field + ".share", "a share in percent is required"));
            } else if (row.share() <= 0 || row.share() > 100) {
                errors.add(new InputError(field + ".share", "a share must be above 0 and at most 100"));
            } else {
                total += row.share();
            }
        }
        if (errors.isEmpty() && total > MAX_TOTAL) {
            errors.add(new InputError("shares", "the shares add up to " + Figures.format(total)
                    + "%, more than " + Figures.format(MAX_TOTAL) + "%"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidConcentrationInput(errors);
        }
        return new Market(shares.stream().map(s -> new FirmShare(s.firm().trim(), s.share())).toList());
    }

    public List<FirmShare> shares() {
        return shares;
    }

    /** The firms from largest to smallest share. */
    public List<FirmShare> largestFirst() {
        return largestFirst;
    }

    /** Sum of the named firms' shares. */
    public double namedTotal() {
        return shares.stream().mapToDouble(FirmShare::share).sum();
    }

    /** HHI of the named firms: the sum of squared shares, 0 to 10,000. Also the lower bound when Others exist. */
    public double hhi() {
        return sumOfSquares(shares.stream().mapToDouble(FirmShare::share).toArray());
    }

    /** CRn: the combined share of the n largest firms (all firms when n exceeds their number). */
    public double concentrationRatio(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be 1 or more");
        }
        return largestFirst.stream().limit(n).mapToDouble(FirmShare::share).sum();
    }

    /** 10,000 / HHI: the number of equal-sized firms that would give the same HHI. */
    public double numbersEquivalent() {
        return 10_000 / hhi();
    }

    /** The share no named firm accounts for, never below 0. */
    public double othersShare() {
        return Math.max(0, 100 - namedTotal());
    }

    /**
     * Upper bound of the HHI with Others counted. With {@code othersMaxShare} (no unnamed firm larger than that),
     * Others are filled with as many firms of that size as fit plus one remainder; without it, Others count as one
     * firm, which overstates concentration.
     */
    public double hhiUpperBound(Double othersMaxShare) {
        double others = othersShare();
        if (othersMaxShare == null) {
            return hhi() + others * others;
        }
        if (!(othersMaxShare > 0) || othersMaxShare > 100) {
            throw new InvalidConcentrationInput(List.of(new InputError("othersMaxShare",
                    "must be above 0 and at most 100")));
        }
        long fullFirms = (long) Math.floor(others / othersMaxShare + 1e-9);
        double remainder = Math.max(0, others - fullFirms * othersMaxShare);
        return hhi() + fullFirms * othersMaxShare * othersMaxShare + remainder * remainder;
    }

    /** The HHI range when every named share may be half a point lower or higher than published (floored at 0). */
    public Band roundingBand() {
        double low = 0;
        double high = 0;
        for (FirmShare s : shares) {
            double down = Math.max(0, s.share() - ROUNDING);
            double up = s.share() + ROUNDING;
            low += down * down;
            high += up * up;
        }
        return new Band(low, high);
    }

    /** A merger of the named firms (at least two). */
    public MergerOutcome merge(Collection<String> firms) {
        List<InputError> errors = new ArrayList<>();
        if (firms == null || firms.size() < 2) {
            throw new InvalidConcentrationInput(List.of(new InputError("merger", "name at least two firms")));
        }
        Set<String> keys = new LinkedHashSet<>();
        List<FirmShare> parties = new ArrayList<>();
        int i = 0;
        for (String firm : firms) {
            String field = "merger[" + i++ + "]";
            Integer index = firm == null ? null : indexByKey.get(key(firm));
            if (index == null) {
                errors.add(new InputError(field, "firm " + (firm == null ? "(none)" : firm.trim())
                        + " is not in the shares"));
            } else if (!keys.add(key(firm))) {
                errors.add(new InputError(field, "firm " + firm.trim() + " is named twice"));
            } else {
                parties.add(shares.get(index));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidConcentrationInput(errors);
        }
        double combined = parties.stream().mapToDouble(FirmShare::share).sum();
        double delta = combined * combined - sumOfSquares(parties.stream().mapToDouble(FirmShare::share).toArray());
        return new MergerOutcome(parties, hhi(), hhi() + delta, delta, combined);
    }

    /** Modified HHI (O'Brien and Salop) with the given stakes; see {@link Ownership}. */
    public OwnershipOutcome withStakes(List<Stake> stakes) {
        return Ownership.of(this, stakes).outcome();
    }

    int indexOf(String firm) {
        Integer index = firm == null ? null : indexByKey.get(key(firm));
        return index == null ? -1 : index;
    }

    static String key(String firm) {
        return firm.trim().toLowerCase(Locale.ROOT);
    }

    private static double sumOfSquares(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v * v;
        }
        return sum;
    }
}
