package io.shopmind.inventory.replenishment;

import java.util.ArrayList;
import java.util.List;

/**
 * The orders an (s, S) policy places over a horizon of weekly reviews when demand runs at its forecast mean: at each
 * review, when the projected inventory position is at or below the reorder point s, order up to S, at least the MOQ,
 * in whole cases (Silver, Pyke &amp; Thomas, 4th ed., the periodic-review (R, s, S) system).
 */
public final class ProjectedOrders {

    private ProjectedOrders() {
    }

    /**
     * @param week              review number, 0 being today
     * @param positionAtReview  projected inventory position at the review, before ordering
     */
    public record Order(int week, long quantity, double positionAtReview) {
    }

    /**
     * @param weeklyDemand  forecast demand in each week of the horizon
     * @param position      inventory position now (on hand + on order &minus; backorders)
     */
    public static List<Order> project(double[] weeklyDemand, double position, double reorderPoint,
            double orderUpToLevel, int moq, int casePack) {
        List<Order> orders = new ArrayList<>();
        double ip = position;
        for (int week = 0; week < weeklyDemand.length; week++) {
            if (ip <= reorderPoint) {
                long quantity = ReorderPolicy.roundToCases(Math.max(orderUpToLevel - ip, moq), casePack);
                orders.add(new Order(week, quantity, ip));
                ip += quantity;
            }
            ip -= weeklyDemand[week];
        }
        return orders;
    }
}
