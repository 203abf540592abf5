package io.shopmind.pricing.experiment;

import io.shopmind.model.problem.FieldError;
import io.shopmind.pricing.bandit.DemandPosterior;
import io.shopmind.pricing.bandit.InventoryThompsonSampling;
import io.shopmind.pricing.bandit.PricingPolicy;
import io.shopmind.pricing.bandit.Propensities;
import io.shopmind.pricing.bandit.ThompsonSampling;
import io.shopmind.pricing.book.Amounts;
import io.shopmind.pricing.book.PriceBook;
import io.shopmind.pricing.book.PriceBookEntry;
import io.shopmind.pricing.book.PriceBookRules;
import io.shopmind.servicesupport.problem.ConflictException;
import io.shopmind.servicesupport.problem.InvalidInputException;
import io.shopmind.servicesupport.problem.NotFoundException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs price experiments: each period the policy draws from the posterior and picks a price from the grid (which
 * the price book takes, so the storefront sells at it and {@code PriceChanged} goes out), the storefront's events
 * count the period's demand, and when the period ends the posterior learns it and the next price is chosen. Every
 * choice is logged with its propensity (the mean over posterior draws of the probability the policy gave it).
 * "No offer" (the inventory-aware policies' shut-off) is served as the grid's highest price.
 */
@Service
public class Experiments {

    private static final int PROPENSITY_DRAWS = 200;
    private static final String ACTOR = "experiment";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final PriceBook book;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public Experiments(JdbcTemplate jdbc, JsonMapper json, PriceBook book, TransactionTemplate transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.book = book;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Transactional
    public ExperimentView create(ExperimentRequest request, String actor) {
        PriceBookEntry entry = book.find(request.sku()).orElseThrow(() -> new InvalidInputException(
                "The SKU is not in the price book.", List.of(new FieldError("sku", "no price book entry for "
                        + request.sku()))));
        List<FieldError> errors = new ArrayList<>();
        List<BigDecimal> prices = request.prices().stream().map(Amounts::normalize).sorted().toList();
        for (int k = 0; k < prices.size(); k++) {
            if (k > 0 && prices.get(k).compareTo(prices.get(k - 1)) == 0) {
                errors.add(new FieldError("prices", "price " + prices.get(k).toPlainString() + " is listed twice"));
            }
            for (FieldError error : PriceBookRules.problems(entry.sku(), PriceBook.requestOf(entry, prices.get(k),
                    "experiment"))) {
                errors.add(new FieldError("prices[" + k + "]", prices.get(k).toPlainString() + " " + error.message()));
            }
        }
        if (!request.policy().equals("THOMPSON") && request.inventory() == null) {
            errors.add(new FieldError("inventory", "the inventory-aware policies need the units to sell"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The experiment is not valid.", errors);
        }
        UUID id = UUID.randomUUID();
        DemandPosterior posterior = request.demand().equals("BERNOULLI") ? new DemandPosterior.Bernoulli(prices.size())
                : new DemandPosterior.Poisson(prices.size());
        jdbc.update("""
                INSERT INTO experiment (id, name, sku, currency, prices, policy, demand, inventory, horizon_periods,
                    period_minutes, state, posterior, seed, created_by, created_at)
                VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, 'DRAFT', ?::jsonb, ?, ?, ?)""", id, request.name(),
                entry.sku(), entry.currency(), json.writeValueAsString(prices), request.policy(), request.demand(),
                request.inventory(), request.horizonPeriods(), request.periodMinutes(),
                json.writeValueAsString(posterior.parameters()), id.getMostSignificantBits(), actor,
                Timestamp.from(clock.instant()));
        return view(id);
    }

    @Transactional
    public ExperimentView start(UUID id) {
        Row row = lock(id);
        if (!row.state.equals("DRAFT")) {
            throw new ConflictException("Experiment " + id + " is " + row.state + "; only a DRAFT starts.");
        }
        if (jdbc.queryForObject("SELECT count(*) FROM experiment WHERE sku = ? AND state = 'RUNNING'", Integer.class,
                row.sku) > 0) {
            throw new ConflictException("Another experiment is running on " + row.sku + ".");
        }
        Instant now = clock.instant();
        jdbc.update("UPDATE experiment SET state = 'RUNNING', started_at = ? WHERE id = ?", Timestamp.from(now), id);
        choose(row, 0, row.inventory, now);
        return view(id);
    }

    /** Closes the current period with the demand observed and chooses the next price (or finishes). */
    @Transactional
    public ExperimentView advance(UUID id) {
        Row row = lock(id);
        if (!row.state.equals("RUNNING")) {
            throw new ConflictException("Experiment " + id + " is " + row.state + ", not RUNNING.");
        }
        Instant now = clock.instant();
        Period period = currentPeriod(id).orElseThrow();
        DemandPosterior posterior = row.posterior();
        int arm = period.arm == PricingPolicy.NO_OFFER ? row.prices.size() - 1 : period.arm;
        if (posterior instanceof DemandPosterior.Bernoulli bernoulli) {
            bernoulli.observe(arm, Math.min(period.units, period.views), period.views);
        } else {
            posterior.observe(arm, Math.rint(period.units));
        }
        jdbc.update("UPDATE experiment_period SET ended_at = ? WHERE experiment_id = ? AND period = ?",
                Timestamp.from(now), id, period.period);
        jdbc.update("UPDATE experiment SET posterior = ?::jsonb WHERE id = ?",
                json.writeValueAsString(posterior.parameters()), id);
        Double left = row.inventory == null ? null : row.inventory - soldSoFar(id);
        int next = period.period + 1;
        if (next >= row.horizon || (left != null && left <= 0)) {
            end(id, "FINISHED", next >= row.horizon ? "horizon reached" : "inventory sold", now);
        } else {
            choose(row.withPosterior(posterior), next, left, now);
        }
        return view(id);
    }

    @Transactional
    public ExperimentView stop(UUID id, String reason) {
        Row row = lock(id);
        if (!row.state.equals("RUNNING") && !row.state.equals("DRAFT")) {
            throw new ConflictException("Experiment " + id + " is already " + row.state + ".");
        }
        currentPeriod(id).ifPresent(p -> jdbc.update(
                "UPDATE experiment_period SET ended_at = ? WHERE experiment_id = ? AND period = ?",
                Timestamp.from(clock.instant()), id, p.period));
        end(id, "STOPPED", reason == null ? "stopped" : reason, clock.instant());
        return view(id);
    }

    /** Advances every running experiment whose period is over; each in its own transaction. */
    @Scheduled(fixedDelayString = "${shopmind.pricing.experiments.check:30s}")
    public void advanceDue() {
        List<UUID> due = jdbc.queryForList("""
                SELECT e.id FROM experiment e JOIN experiment_period p ON p.experiment_id = e.id AND p.ended_at IS NULL
                WHERE e.state = 'RUNNING' AND p.started_at + e.period_minutes * interval '1 minute' <= ?""", UUID.class,
                Timestamp.from(clock.instant()));
        for (UUID id : due) {
            transactions.executeWithoutResult(status -> advance(id));
        }
    }

    /** Adds demand seen by the storefront to the running experiment of a SKU, if there is one. */
    void observed(String sku, double units, double views, Instant at) {
        jdbc.update("""
                UPDATE experiment_period p SET units = p.units + ?, views = p.views + ?
                FROM experiment e WHERE e.id = p.experiment_id AND e.sku = ? AND e.state = 'RUNNING'
                    AND p.ended_at IS NULL AND p.started_at <= ?""", units, views, sku, Timestamp.from(at));
    }

    public ExperimentView view(UUID id) {
        Row row = jdbc.query("SELECT *, prices::text AS prices_json, posterior::text AS posterior_json "
                + "FROM experiment WHERE id = ?", this::row, id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("No experiment " + id));
        List<Period> periods = periods(id);
        int k = row.prices.size();
        int[] offered = new int[k];
        double[] units = new double[k];
        double[] revenue = new double[k];
        double[] ips = new double[k];
        double total = 0;
        for (Period p : periods) {
            int arm = p.arm == PricingPolicy.NO_OFFER ? k - 1 : p.arm;
            double r = p.units * p.price.doubleValue();
            offered[arm]++;
            units[arm] += p.units;
            revenue[arm] += r;
            total += r;
            if (p.ended != null && p.propensity > 0) {
                ips[arm] += r / p.propensity;
            }
        }
        long closed = periods.stream().filter(p -> p.ended != null).count();
        DemandPosterior posterior = row.posterior();
        double[] mean = posterior.mean();
        double[] best = probabilityBest(row, posterior);
        List<ExperimentView.Arm> arms = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            arms.add(new ExperimentView.Arm(row.prices.get(a), offered[a], units[a], revenue[a], mean[a], best[a],
                    closed == 0 ? null : ips[a] / closed));
        }
        Period current = periods.isEmpty() ? null : periods.get(periods.size() - 1);
        return new ExperimentView(row.id, row.name, row.sku, row.currency, row.policy, row.demand, row.state,
                row.inventory == null ? null : row.inventory - soldSoFar(id), row.horizon, row.periodMinutes,
                (int) closed, current == null || current.ended != null ? null : current.price, total, arms,
                row.createdAt, row.startedAt, row.endedAt, row.endReason);
    }

    public List<Period> periods(UUID id) {
        return jdbc.query("""
                SELECT period, arm, price, propensity, propensities::text AS propensities, started_at, ended_at, units,
                    views FROM experiment_period WHERE experiment_id = ? ORDER BY period""", (rs, n) -> new Period(
                rs.getInt("period"), rs.getInt("arm"), Amounts.normalize(rs.getBigDecimal("price")),
                rs.getDouble("propensity"), json.readValue(rs.getString("propensities"), double[].class),
                rs.getTimestamp("started_at").toInstant(), instant(rs.getTimestamp("ended_at")), rs.getDouble("units"),
                rs.getDouble("views")), id);
    }

    public List<ExperimentView> list(int limit) {
        return jdbc.queryForList("SELECT id FROM experiment ORDER BY created_at DESC LIMIT ?", UUID.class, limit)
                .stream().map(this::view).toList();
    }

    private void choose(Row row, int period, Double inventory, Instant now) {
        PricingPolicy policy = policy(row);
        double[] prices = row.prices.stream().mapToDouble(BigDecimal::doubleValue).toArray();
        RandomGenerator random = new MersenneTwister(row.seed + period);
        double stock = inventory == null ? Double.POSITIVE_INFINITY : inventory;
        int periodsLeft = row.horizon - period;
        DemandPosterior posterior = row.posterior();
        PricingPolicy.Choice choice = policy.choose(posterior, prices, stock, periodsLeft, random);
        double[] propensities = Propensities.of(policy, posterior, prices, stock, periodsLeft, PROPENSITY_DRAWS,
                random);
        int arm = choice.arm();
        double propensity = propensities[arm == PricingPolicy.NO_OFFER ? prices.length : arm];
        BigDecimal price = row.prices.get(arm == PricingPolicy.NO_OFFER ? prices.length - 1 : arm);
        book.changePrice(row.sku, price, null, ACTOR, "experiment " + row.name + " period " + period
                + (arm == PricingPolicy.NO_OFFER ? " (no offer: highest price)" : ""));
        jdbc.update("""
                INSERT INTO experiment_period (experiment_id, period, arm, price, propensity, propensities, started_at)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?)""", row.id, period, arm, price, Math.max(propensity, 1e-6),
                json.writeValueAsString(propensities), Timestamp.from(now));
    }

    private PricingPolicy policy(Row row) {
        return switch (row.policy) {
            case "INVENTORY_TS_FIXED" -> new InventoryThompsonSampling(InventoryThompsonSampling.Variant.FIXED,
                    row.inventory, row.horizon);
            case "INVENTORY_TS_UPDATE" -> new InventoryThompsonSampling(InventoryThompsonSampling.Variant.UPDATE,
                    row.inventory, row.horizon);
            default -> new ThompsonSampling();
        };
    }

    /** The posterior probability that each price earns the most per period, by 1,000 draws. */
    private static double[] probabilityBest(Row row, DemandPosterior posterior) {
        int k = row.prices.size();
        double[] best = new double[k];
        RandomGenerator random = new MersenneTwister(row.seed);
        int draws = 1_000;
        for (int i = 0; i < draws; i++) {
            double[] theta = posterior.sample(random);
            int top = 0;
            for (int a = 1; a < k; a++) {
                if (theta[a] * row.prices.get(a).doubleValue() > theta[top] * row.prices.get(top).doubleValue()) {
                    top = a;
                }
            }
            best[top] += 1.0 / draws;
        }
        return best;
    }

    private double soldSoFar(UUID id) {
        Double sold = jdbc.queryForObject("SELECT coalesce(sum(units), 0) FROM experiment_period WHERE experiment_id = ?",
                Double.class, id);
        return sold == null ? 0 : sold;
    }

    private void end(UUID id, String state, String reason, Instant at) {
        jdbc.update("UPDATE experiment SET state = ?, ended_at = ?, end_reason = ? WHERE id = ?", state,
                Timestamp.from(at), reason, id);
    }

    private Optional<Period> currentPeriod(UUID id) {
        List<Period> periods = periods(id);
        return periods.isEmpty() || periods.get(periods.size() - 1).ended != null ? Optional.empty()
                : Optional.of(periods.get(periods.size() - 1));
    }

    private Row lock(UUID id) {
        return jdbc.query("SELECT *, prices::text AS prices_json, posterior::text AS posterior_json "
                + "FROM experiment WHERE id = ? FOR UPDATE", this::row, id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("No experiment " + id));
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("sku"),
                rs.getString("currency"), List.of(json.readValue(rs.getString("prices_json"), BigDecimal[].class)),
                rs.getString("policy"), rs.getString("demand"), (Double) rs.getObject("inventory"),
                rs.getInt("horizon_periods"), rs.getInt("period_minutes"), rs.getString("state"),
                json.readValue(rs.getString("posterior_json"), double[][].class), rs.getLong("seed"),
                rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("ended_at")), rs.getString("end_reason"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record Row(UUID id, String name, String sku, String currency, List<BigDecimal> prices, String policy,
            String demand, Double inventory, int horizon, int periodMinutes, String state, double[][] parameters,
            long seed, Instant createdAt, Instant startedAt, Instant endedAt, String endReason) {

        DemandPosterior posterior() {
            return demand.equals("BERNOULLI") ? new DemandPosterior.Bernoulli(parameters[0], parameters[1])
                    : new DemandPosterior.Poisson(parameters[0], parameters[1]);
        }

        Row withPosterior(DemandPosterior posterior) {
            return new Row(id, name, sku, currency, prices, policy, demand, inventory, horizon, periodMinutes, state,
                    posterior.parameters(), seed, createdAt, startedAt, endedAt, endReason);
        }
    }

    /**
     * One period as logged: the arm chosen ({@code -1}: no offer), its price and propensity, the propensities of
     * every arm (no offer last), and the demand seen.
     */
    public record Period(int period, int arm, BigDecimal price, double propensity, double[] propensities,
            Instant started, Instant ended, double units, double views) {
    }
}
