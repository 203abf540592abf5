package io.shopmind.supportbot.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Pulls the entities out of one message: order numbers, e-mail addresses, quantities ("2 pieces", "x3", "两件"),
 * dates ({@link DateMention}) and products ({@link ProductMatcher}). A token that is a SKU code is a product, not an
 * order number; a date is not an order number either.
 */
public final class EntityExtractor {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /** Letters and a digit run (A-10023, #10023, SO10023) or a long digit run; Han characters are no word chars. */
    private static final Pattern ORDER_NUMBER = Pattern.compile(
            "(?<![A-Za-z0-9@.-])#?([A-Za-z]{1,5}[-_]?\\d[A-Za-z0-9-]*|\\d{4,20})(?![A-Za-z0-9@-])");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
    private static final Pattern QUANTITY = Pattern.compile(
            "(?i)(?<![A-Za-z0-9-])(?:x\\s?(\\d{1,3})|(\\d{1,3})\\s?(?:x|pcs|pieces?|items?|units?|packs?|boxes|"
                    + "bottles?|pairs?|个|件|台|瓶|盒|双|条|包|本|张|套|只))(?![A-Za-z0-9])");
    private static final Pattern CHINESE_QUANTITY = Pattern.compile(
            "([一二两三四五六七八九十])(?:个|件|台|瓶|盒|双|条|包|本|张|套|只)");
    /** A Chinese numeral's value is its position here; 两 is the counting form of 二. */
    private static final String CHINESE_NUMBERS = "〇一二三四五六七八九十";

    private EntityExtractor() {
    }

    public static Entities extract(String text, LocalDate today, ProductMatcher catalogue) {
        List<ProductMatcher.Match> products = catalogue == null ? List.of() : catalogue.find(text);
        Set<String> skus = products.stream().map(p -> p.sku().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.toSet());
        String withoutEmails = EMAIL.matcher(text).replaceAll(" ");
        List<String> orders = new ArrayList<>();
        Matcher m = ORDER_NUMBER.matcher(withoutEmails);
        while (m.find()) {
            String candidate = m.group(1);
            if (!skus.contains(candidate.toLowerCase(java.util.Locale.ROOT))
                    && !ISO_DATE.matcher(candidate).matches() && !isQuantity(candidate)) {
                orders.add(candidate);
            }
        }
        Matcher email = EMAIL.matcher(text);
        return new Entities(List.copyOf(orders), products, email.find() ? email.group() : null, quantity(text),
                DateMention.find(text, today).orElse(null));
    }

    private static boolean isQuantity(String candidate) {
        return candidate.matches("(?i)x\\d{1,3}|\\d{1,3}(x|pcs)");
    }

    static Integer quantity(String text) {
        Matcher m = QUANTITY.matcher(text);
        if (m.find()) {
            return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
        }
        m = CHINESE_QUANTITY.matcher(text);
        if (m.find()) {
            char numeral = m.group(1).charAt(0);
            return numeral == '两' ? 2 : CHINESE_NUMBERS.indexOf(numeral);
        }
        return null;
    }
}
