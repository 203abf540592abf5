package io.shopmind.inventory.lotsizing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes the model of {@link PlanningProblem} in CPLEX LP format, which CBC ({@code cbc model.lp})
 * and GLPK ({@code glpsol --lp model.lp}) read. Variable names: x_i_t cases, y_i_t order flag,
 * I_i_t ending stock, s_i_t lost sales, with i the SKU's position and t the week.
 */
public final class LpFileWriter {

    private LpFileWriter() {
    }

    public static void write(PlanningProblem problem, Writer out) {
        try {
            doWrite(problem, out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toLp(PlanningProblem problem) {
        java.io.StringWriter w = new java.io.StringWriter();
        write(problem, w);
        return w.toString();
    }

    private static void doWrite(PlanningProblem problem, Writer out) throws IOException {
        int n = problem.skus().size();
        int weeks = problem.weeks();
        out.write("\\ ShopMind multi-SKU replenishment plan: " + n + " SKUs x " + weeks + " weeks\n");
        out.write("Minimize\n obj:");
        for (int i = 0; i < n; i++) {
            PlanningProblem.Sku s = problem.skus().get(i);
            for (int t = 0; t < weeks; t++) {
                term(out, s.unitCost() * s.packSize(), "x", i, t);
                term(out, s.fixedCost(), "y", i, t);
                term(out, s.holdingCost(), "I", i, t);
                term(out, s.lostSaleCost(), "s", i, t);
            }
            out.write("\n");
        }
        out.write("Subject To\n");
        for (int i = 0; i < n; i++) {
            PlanningProblem.Sku s = problem.skus().get(i);
            for (int t = 0; t < weeks; t++) {
                out.write(" balance_" + i + "_" + t + ":");
                term(out, 1, "I", i, t);
                term(out, -s.packSize(), "x", i, t);
                term(out, -1, "s", i, t);
                if (t > 0) {
                    term(out, -1, "I", i, t - 1);
                }
                out.write(" = " + num(-s.demand(t) + (t == 0 ? s.initialStock() : 0)) + "\n");
                out.write(" moq_" + i + "_" + t + ":");
                term(out, 1, "x", i, t);
                term(out, -s.minCases(), "y", i, t);
                out.write(" >= 0\n");
                out.write(" link_" + i + "_" + t + ":");
                term(out, 1, "x", i, t);
                term(out, -s.maxCases(), "y", i, t);
                out.write(" <= 0\n");
                out.write(" stock_" + i + "_" + t + ":");
                term(out, s.packSize(), "x", i, t);
                if (t > 0) {
                    term(out, 1, "I", i, t - 1);
                }
                out.write(" <= " + num(s.maxStock() - (t == 0 ? s.initialStock() : 0)) + "\n");
            }
        }
        for (int t = 0; t < weeks; t++) {
            out.write(" budget_" + t + ":");
            for (int i = 0; i < n; i++) {
                PlanningProblem.Sku s = problem.skus().get(i);
                term(out, s.unitCost() * s.packSize(), "x", i, t);
            }
            out.write(" <= " + num(problem.budget(t)) + "\n");
            out.write(" volume_" + t + ":");
            double initialVolume = 0;
            for (int i = 0; i < n; i++) {
                PlanningProblem.Sku s = problem.skus().get(i);
                term(out, s.unitVolume() * s.packSize(), "x", i, t);
                if (t > 0) {
                    term(out, s.unitVolume(), "I", i, t - 1);
                } else {
                    initialVolume += s.unitVolume() * s.initialStock();
                }
            }
            out.write(" <= " + num(problem.volumeCapacity(t) - initialVolume) + "\n");
        }
        out.write("Bounds\n");
        for (int i = 0; i < n; i++) {
            PlanningProblem.Sku s = problem.skus().get(i);
            for (int t = 0; t < weeks; t++) {
                out.write(" 0 <= x_" + i + "_" + t + " <= " + s.maxCases() + "\n");
                out.write(" 0 <= I_" + i + "_" + t + " <= " + s.maxStock() + "\n");
                out.write(" 0 <= s_" + i + "_" + t + " <= " + s.demand(t) + "\n");
            }
        }
        out.write("Generals\n");
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < weeks; t++) {
                out.write(" x_" + i + "_" + t + "\n");
            }
        }
        out.write("Binaries\n");
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < weeks; t++) {
                out.write(" y_" + i + "_" + t + "\n");
            }
        }
        out.write("End\n");
    }

    private static void term(Writer out, double coefficient, String var, int i, int t) throws IOException {
        if (coefficient == 0) {
            return;
        }
        out.write(coefficient < 0 ? " - " : " + ");
        out.write(num(Math.abs(coefficient)));
        out.write(" " + var + "_" + i + "_" + t);
    }

    private static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.10g", v);
    }
}
