package eu.competitiondesk.concentration.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A market's named firms and their shares in percent, checked once, with the concentration measures of
 * docs/methodology.md. Every measure that a guideline compares with a threshold is computed on exact decimals: a
 * share typed as 2.9 is 2.9, and 2.9² + 17.5² is 314.66, not a binary approximation of it.
 *
 * <p>Shares need not add up to 100: what is missing is "Others", firms not named by the source. A share of 0 is a
 * firm that sells nothing yet (a potential entrant), which matters to stakes and mergers. Firm names are matched
 * without regard to case or surrounding spaces.
 */
public final class Market {

    /** The most firms one calculation takes. */
    public static final int MAX_FIRMS = 10_000;
    /** Published shares are rounded, so a total a little above 100 is tolerated. */
    public static final BigDecimal MAX_TOTAL = new BigDecimal("100.5");
    /** Half a percentage point: the rounding error of a share published as a whole number. */
    public static final BigDecimal ROUNDING = new BigDecimal("0.5");

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    /** Shares carry at most this many decimals: a share is a figure someone typed or published. */
    public static final int MAX_DECIMALS = 4;

    private final List<FirmShare> shares;
    private final List<FirmShare> largestFirst;
    private final Map<String, Integer> indexByKey;
    private final BigDecimal hhi;
    private final BigDecimal namedTotal;

    private Market(List<FirmShare> shares) {
        this.shares = List.copyOf(shares);
        this.largestFirst = shares.stream()
                .sorted(Comparator.comparing(FirmShare::share).reversed())
                .toList();
        this.indexByKey = new HashMap<>();
        for (int i = 0; i < shares.size(); i++) {
            indexByKey.put(key(shares.get(i).firm()), i);
        }
        this.hhi = sumOfSquares(shares, FirmShare::share);
        this.namedTotal = shares.stream().map(FirmShare::share).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Checks the shares and returns the market, or throws with every problem found, each naming its field. */
    public static Market of(List<FirmShare> shares) {
        List<InputError> errors = new ArrayList<>();
        if (shares == null || shares.isEmpty()) {
            throw new InvalidConcentrationInput(List.of(new InputError("shares", "give at least one firm's share")));
        }
        if (shares.size() > MAX_FIRMS) {
            throw new InvalidConcentrationInput(
                    List.of(new InputError("shares", "at most " + MAX_FIRMS + " firms, not " + shares.size())));
        }
        Set<String> seen = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean anyPositive = false;
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
            BigDecimal share = row.share();
            if (share == null) {
                errors.add(new InputError(field + ".share", "a share in percent is required"));
            } else if (share.signum() < 0 || share.compareTo(HUNDRED) > 0) {
                errors.add(new InputError(field + ".share", "a share must be from 0 to 100"));
            } else if (Figures.plain(share).scale() > MAX_DECIMALS) {
                errors.add(new InputError(field + ".share", "a share has at most " + MAX_DECIMALS + " decimals"));
            } else {
                total = total.add(share);
                anyPositive |= share.signum() > 0;
            }
        }
        if (errors.isEmpty() && total.compareTo(MAX_TOTAL) > 0) {
            errors.add(new InputError(
                    "shares",
                    "the shares add up to " + Figures.format(total) + "%, more than " + Figures.format(MAX_TOTAL)
                            + "%"));
        }
        if (errors.isEmpty() && !anyPositive) {
            errors.add(new InputError("shares", "at least one firm needs a share above 0"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidConcentrationInput(errors);
        }
        return new Market(shares.stream()
                .map(s -> new FirmShare(s.firm().trim(), s.share()))
                .toList());
    }

    public List<FirmShare> shares() {
        return shares;
    }

    /** The firms from largest to smallest share. */
    public List<FirmShare> largestFirst() {
        return largestFirst;
    }

    /** Sum of the named firms' shares. */
    public BigDecimal namedTotal() {
        return namedTotal;
    }

    /** HHI of the named firms: the sum of squared shares, 0 to 10,000. Also the lower bound when Others exist. */
    public BigDecimal hhi() {
        return hhi;
    }

    /** CRn: the combined share of the n largest firms (all firms when n exceeds their number). */
    public BigDecimal concentrationRatio(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be 1 or more");
        }
        return largestFirst.stream().limit(n).map(FirmShare::share).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * 10,000 / HHI: the number of equal-sized firms that would give the same HHI. A quotient, so rounded to two
     * decimals; no guideline compares it with a threshold.
     */
    public BigDecimal numbersEquivalent() {
        return TEN_THOUSAND.divide(hhi, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** The share no named firm accounts for, never below 0. */
    public BigDecimal othersShare() {
        return HUNDRED.subtract(namedTotal).max(BigDecimal.ZERO);
    }

    /**
     * Upper bound of the HHI with Others counted. With {@code othersMaxShare} (no unnamed firm larger than that),
     * Others are filled with as many firms of that size as fit plus one remainder; without it, Others count as one
     * firm, which overstates concentration.
     */
    public BigDecimal hhiUpperBound(BigDecimal othersMaxShare) {
        BigDecimal others = othersShare();
        if (othersMaxShare == null) {
            return hhi.add(others.multiply(others));
        }
        if (othersMaxShare.signum() <= 0 || othersMaxShare.compareTo(HUNDRED) > 0) {
            throw new InvalidConcentrationInput(
                    List.of(new InputError("othersMaxShare", "must be above 0 and at most 100")));
        }
        BigDecimal fullFirms = others.divideToIntegralValue(othersMaxShare);
        BigDecimal remainder = others.subtract(fullFirms.multiply(othersMaxShare));
        return hhi.add(fullFirms.multiply(othersMaxShare).multiply(othersMaxShare))
                .add(remainder.multiply(remainder));
    }

    /** The HHI range when every named share may be half a point lower or higher than published (floored at 0). */
    public Band roundingBand() {
        return new Band(sumOfSquares(shares, s -> lowered(s.share())), sumOfSquares(shares, s -> raised(s.share())));
    }

    static BigDecimal lowered(BigDecimal share) {
        return share.subtract(ROUNDING).max(BigDecimal.ZERO);
    }

    static BigDecimal raised(BigDecimal share) {
        return share.add(ROUNDING);
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
                errors.add(new InputError(
                        field, "firm " + (firm == null ? "(none)" : firm.trim()) + " is not in the shares"));
            } else if (!keys.add(key(firm))) {
                errors.add(new InputError(field, "firm " + firm.trim() + " is named twice"));
            } else {
                parties.add(shares.get(index));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidConcentrationInput(errors);
        }
        return mergerOf(parties, hhi);
    }

    /** The merger figures for these parties' shares, on a market whose pre-merger HHI is {@code preHhi}. */
    static MergerOutcome mergerOf(List<FirmShare> parties, BigDecimal preHhi) {
        BigDecimal combined = parties.stream().map(FirmShare::share).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal delta = combined.multiply(combined).subtract(sumOfSquares(parties, FirmShare::share));
        return new MergerOutcome(parties, preHhi, preHhi.add(delta), delta, combined);
    }

    /** Modified HHI (O'Brien and Salop) with the given stakes; see {@link Ownership}. */
    public OwnershipOutcome withStakes(List<Stake> stakes) {
        return Ownership.of(this, stakes).outcome();
    }

    /**
     * The O'Brien-Salop profit weights among the firms the stakes name: kappa[j][k], what the owners controlling j
     * draw from k per unit they draw from j (1 on the diagonal); see {@link Ownership}.
     */
    public Map<String, Map<String, Double>> profitWeights(List<Stake> stakes) {
        return Ownership.of(this, stakes).weightsByName();
    }

    /**
     * What the owners controlling each firm hold of every firm's profits (R's owner matrix), by firm name: the profit
     * weights before each row is divided by its own entry.
     */
    public Map<String, Map<String, Double>> ownershipShares(List<Stake> stakes) {
        return Ownership.of(this, stakes).interestsByName();
    }

    int indexOf(String firm) {
        Integer index = firm == null ? null : indexByKey.get(key(firm));
        return index == null ? -1 : index;
    }

    static String key(String firm) {
        return firm.trim().toLowerCase(Locale.ROOT);
    }

    private static BigDecimal sumOfSquares(List<FirmShare> firms, Function<FirmShare, BigDecimal> value) {
        BigDecimal sum = BigDecimal.ZERO;
        for (FirmShare firm : firms) {
            BigDecimal v = value.apply(firm);
            sum = sum.add(v.multiply(v));
        }
        return sum;
    }
}
