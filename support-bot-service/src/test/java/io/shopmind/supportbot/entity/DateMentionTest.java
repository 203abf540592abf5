package io.shopmind.supportbot.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateMentionTest {

    /** Wednesday, 4 March 2026 (ISO week 10, which starts on Monday 2 March). */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 4);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "I ordered it yesterday|2026-03-03",
            "ordered the day before yesterday|2026-03-02",
            "it should come today|2026-03-04",
            "will it arrive tomorrow?|2026-03-05",
            "I ordered last Friday|2026-02-27",
            "ordered last wednesday|2026-02-25",
            "placed on Monday|2026-03-02",
            "sent on Wednesday|2026-03-04",
            "3 days ago|2026-03-01",
            "on 2026-02-14|2026-02-14",
            "on March 3rd|2026-03-03",
            "since 28 February|2026-02-28",
            "ordered on December 24|2025-12-24",
            "我昨天下的单|2026-03-03",
            "前天买的|2026-03-02",
            "上周五买的东西还没到|2026-02-27",
            "上星期一下的订单|2026-02-23",
            "上礼拜天寄出的|2026-03-01",
            "这周一|2026-03-02",
            "本周五能到吗|2026-03-06",
            "周一下的单|2026-03-02",
            "5天前|2026-02-27",
            "3月1日买的|2026-03-01",
            "12月24号|2025-12-24"})
    void resolvesAgainstToday(String text, LocalDate expected) {
        assertThat(DateMention.find(text, TODAY)).hasValue(expected);
    }

    @ParameterizedTest
    @CsvSource({"where is my order", "订单A-10023", "on 2026-02-30"})
    void findsNoDateWhereThereIsNone(String text) {
        assertThat(DateMention.find(text, TODAY)).isEmpty();
    }
}
