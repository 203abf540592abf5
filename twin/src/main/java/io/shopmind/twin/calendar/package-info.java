/** The twin's calendar of demand: trend, weekly and yearly seasonality, holidays and promotions. Pure Java: no Spring, JPA or servlet. */
package io.shopmind.twin.calendar;
