package io.shopmind.recommendation.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class InteractionReadersTest {

    @Test
    void readsGenericCsvWithHeaderWeightsAndIsoTimes() throws Exception {
        String csv = """
                user_id,item_id,event_type,value,timestamp
                u1,sku-1,view,,1700000000
                u1,sku-1,purchase,2,2023-11-14T22:13:21Z
                "u2","sku,2",add_to_cart,1,1700000100
                """;
        InteractionLog log = new InteractionCsvReader(EventWeights.defaults()).read(new StringReader(csv));

        assertThat(log.size()).isEqualTo(3);
        assertThat(log.weight(0)).isEqualTo(1f);
        assertThat(log.weight(1)).isEqualTo(10f);
        assertThat(log.timestamp(1)).isEqualTo(1700000001L);
        assertThat(log.items().idOf(log.item(2))).isEqualTo("sku,2");
        assertThat(log.weight(2)).isEqualTo(3f);
        assertThat(log.toMatrix().value(0, 0)).isEqualTo(11f);
    }

    @Test
    void reportsTheLineNumberOfABadCsvLine() {
        String csv = "user_id,item_id,event_type,value,timestamp\nu1,i1,view,1,5\nu1,i2,teleport,1,6\n";
        assertThatThrownBy(() -> new InteractionCsvReader(EventWeights.defaults()).read(new StringReader(csv)))
                .isInstanceOfSatisfying(InteractionFormatException.class, e -> assertThat(e.lineNumber()).isEqualTo(3))
                .hasMessageContaining("line 3")
                .hasMessageContaining("teleport");
    }

    @Test
    void readsMovieLensTabAndDoubleColonLayouts() throws Exception {
        InteractionLog tab = new MovieLensReader().read(new StringReader("196\t242\t3\t881250949\n186\t302\t3\t891717742\n"));
        assertThat(tab.size()).isEqualTo(2);
        assertThat(tab.users().idOf(tab.user(0))).isEqualTo("196");
        assertThat(tab.weight(0)).isEqualTo(3f);
        assertThat(tab.timestamp(1)).isEqualTo(891717742L);

        InteractionLog colon = new MovieLensReader().read(new StringReader("1::1193::5::978300760\n"));
        assertThat(colon.items().idOf(colon.item(0))).isEqualTo("1193");
    }

    @Test
    void readsTheCommaSeparatedRatingsCsvAndRecBoleInterFilesSkippingTheirHeaders() throws Exception {
        InteractionLog csv = new MovieLensReader().read(new StringReader(
                "userId,movieId,rating,timestamp\n1,1,4.0,964982703\n1,3,3.5,964981247\n"));
        assertThat(csv.size()).isEqualTo(2);
        assertThat(csv.weight(1)).isEqualTo(3.5f);
        assertThat(csv.timestamp(0)).isEqualTo(964982703L);

        InteractionLog inter = new MovieLensReader().read(new StringReader(
                "user_id:token\titem_id:token\trating:float\ttimestamp:float\n196\t242\t3\t881250949.0\n"));
        assertThat(inter.size()).isEqualTo(1);
        assertThat(inter.timestamp(0)).isEqualTo(881250949L);
    }

    @Test
    void reportsTheLineNumberOfABadMovieLensLine() {
        assertThatThrownBy(() -> new MovieLensReader().read(new StringReader("1\t2\t3\t4\n1\t2\tx\t4\n")))
                .isInstanceOfSatisfying(InteractionFormatException.class, e -> assertThat(e.lineNumber()).isEqualTo(2));
        assertThatThrownBy(() -> new MovieLensReader().read(new StringReader("1\t2\tx\t4\n")))
                .isInstanceOfSatisfying(InteractionFormatException.class, e -> assertThat(e.lineNumber()).isEqualTo(1));
        assertThatThrownBy(() -> new MovieLensReader().read(new StringReader("1\t2\t3\n")))
                .isInstanceOfSatisfying(InteractionFormatException.class, e -> assertThat(e.lineNumber()).isEqualTo(1));
    }
}
