package eu.competitiondesk.concentration.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who owns and controls which firm, for the modified HHI of O'Brien and Salop (2000):
 *
 * <pre>MHHI = sum over j, k of s_j s_k (sum over i of gamma_ij beta_ik) / (sum over i of gamma_ij beta_ij)</pre>
 *
 * where beta_ik is owner i's share of firm k's profits and gamma_ij owner i's share of control over firm j.
 *
 * <p>Owner model: there is one owner per firm, its own outside shareholders, who at first hold all of its profit
 * and control rights. A {@link Stake} of A in B moves {@code financial} of B's profit rights and {@code control} of
 * its control rights from B's owners to A's. So a passive stake (control 0) of b adds b * s_A * s_B to the HHI,
 * and full profit and control rights add 2 * s_A * s_B, the delta of a merger.
 *
 * <p>Held sparsely: only the firms named in stakes differ from sole ownership, so 10,000 firms cost no more than
 * their stakes.
 */
final class Ownership {

    private static final double EPSILON = 1e-9;

    private final Market market;
    /** profit[i] maps firm k to owner i's share of its profits, when that differs from sole ownership. */
    private final Map<Integer, Map<Integer, Double>> profit = new HashMap<>();
    /** control[i] likewise for control rights. */
    private final Map<Integer, Map<Integer, Double>> control = new HashMap<>();
    private final Map<Integer, List<Integer>> stakesByTarget = new HashMap<>();
    private final Set<Integer> involved = new TreeSet<>();

    private Ownership(Market market) {
        this.market = market;
    }

    static Ownership of(Market market, List<Stake> stakes) {
        Ownership ownership = new Ownership(market);
        List<InputError> errors = new ArrayList<>();
        if (stakes == null || stakes.isEmpty()) {
            throw new InvalidConcentrationInput(List.of(new InputError("stakes", "give at least one stake")));
        }
        Map<Integer, double[]> soldByTarget = new HashMap<>();
        for (int n = 0; n < stakes.size(); n++) {
            Stake stake = stakes.get(n);
            String field = "stakes[" + n + "]";
            if (stake == null) {
                errors.add(new InputError(field, "missing"));
                continue;
            }
            int holder = market.indexOf(stake.holder());
            int target = market.indexOf(stake.target());
            boolean valid = true;
            if (holder < 0) {
                errors.add(new InputError(field + ".holder", "firm " + stake.holder() + " is not in the shares"));
                valid = false;
            }
            if (target < 0) {
                errors.add(new InputError(field + ".target", "firm " + stake.target() + " is not in the shares"));
                valid = false;
            }
            if (valid && holder == target) {
                errors.add(new InputError(field + ".target", "a firm cannot hold a stake in itself"));
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
            double[] sold = soldByTarget.computeIfAbsent(target, t -> new double[2]);
            sold[0] += stake.financial();
            sold[1] += stake.control();
            if (sold[0] > 1 + EPSILON) {
                errors.add(new InputError(field + ".financial", "the financial stakes in " + stake.target()
                        + " add up to more than 1"));
            }
            if (sold[1] > 1 + EPSILON) {
                errors.add(new InputError(field + ".control", "the control stakes in " + stake.target()
                        + " add up to more than 1"));
            }
            ownership.move(holder, target, stake.financial(), stake.control());
            ownership.stakesByTarget.computeIfAbsent(target, t -> new ArrayList<>()).add(n);
        }
        if (errors.isEmpty()) {
            errors.addAll(ownership.undefinedControl());
        }
        if (!errors.isEmpty()) {
            throw new InvalidConcentrationInput(errors);
        }
        return ownership;
    }

    OwnershipOutcome outcome() {
        List<FirmShare> shares = market.shares();
        double hhi = market.hhi();
        double crossTerms = 0;
        for (int j : firmsWithChangedOwnership()) {
            double denominator = weightedOwnInterest(j);
            // Controllers of j, each weighted by its profit interest in the other firms k.
            for (int owner : controllersOf(j)) {
                double gamma = share(control, owner, j);
                for (Map.Entry<Integer, Double> interest : profitInterests(owner).entrySet()) {
                    int k = interest.getKey();
                    if (k != j) {
                        crossTerms += shares.get(j).share() * shares.get(k).share() * gamma * interest.getValue()
                                / denominator;
                    }
                }
            }
        }
        double mhhi = hhi + crossTerms;
        return new OwnershipOutcome(hhi, mhhi, mhhi - hhi);
    }

    private void move(int holder, int target, double financial, double controlShare) {
        involved.add(holder);
        involved.add(target);
        add(profit, holder, target, financial);
        add(profit, target, target, -financial);
        add(control, holder, target, controlShare);
        add(control, target, target, -controlShare);
    }

    /** Firms whose controllers hold no profit interest in them: their MHHI term is undefined. */
    private List<InputError> undefinedControl() {
        List<InputError> errors = new ArrayList<>();
        for (int j : firmsWithChangedOwnership()) {
            if (weightedOwnInterest(j) <= EPSILON) {
                for (int n : stakesByTarget.getOrDefault(j, List.of())) {
                    errors.add(new InputError("stakes[" + n + "].control", "the owners controlling "
                            + market.shares().get(j).firm() + " would hold none of its profits, which leaves the"
                            + " modified HHI undefined"));
                }
            }
        }
        return errors;
    }

    /** Sum over owners i of gamma_ij * beta_ij. */
    private double weightedOwnInterest(int j) {
        double sum = 0;
        for (int owner : controllersOf(j)) {
            sum += share(control, owner, j) * share(profit, owner, j);
        }
        return sum;
    }

    /**
     * The firms whose terms can differ from plain HHI: targets (new controllers) and holders (whose owners now
     * also profit from other firms). Every other firm is wholly owned by owners with no other interest.
     */
    private Set<Integer> firmsWithChangedOwnership() {
        return involved;
    }

    private List<Integer> controllersOf(int j) {
        List<Integer> owners = new ArrayList<>();
        if (share(control, j, j) > EPSILON) {
            owners.add(j);
        }
        for (Map.Entry<Integer, Map<Integer, Double>> row : control.entrySet()) {
            int owner = row.getKey();
            if (owner != j && row.getValue().getOrDefault(j, 0.0) > EPSILON) {
                owners.add(owner);
            }
        }
        return owners;
    }

    /** Owner i's profit interests: its own firm (unless sold) and the targets of its stakes. */
    private Map<Integer, Double> profitInterests(int owner) {
        Map<Integer, Double> interests = new HashMap<>();
        interests.put(owner, share(profit, owner, owner));
        profit.getOrDefault(owner, Map.of()).forEach((k, v) -> {
            if (k != owner) {
                interests.put(k, v);
            }
        });
        return interests;
    }

    /** An owner's share of a firm's rights: the sole-ownership default adjusted by the stakes moved. */
    private static double share(Map<Integer, Map<Integer, Double>> rights, int owner, int firm) {
        double base = owner == firm ? 1 : 0;
        return base + rights.getOrDefault(owner, Map.of()).getOrDefault(firm, 0.0);
    }

    private static void add(Map<Integer, Map<Integer, Double>> rights, int owner, int firm, double amount) {
        rights.computeIfAbsent(owner, o -> new HashMap<>()).merge(firm, amount, Double::sum);
    }

    private static boolean isFraction(double value) {
        return !Double.isNaN(value) && value >= 0 && value <= 1;
    }
}
