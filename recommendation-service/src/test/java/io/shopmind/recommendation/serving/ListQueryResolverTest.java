package io.shopmind.recommendation.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopmind.servicesupport.problem.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

class ListQueryResolverTest {

    private final ListQueryResolver resolver = new ListQueryResolver(jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator());

    private RecommendationController.ListQuery read(MockHttpServletRequest request) {
        return (RecommendationController.ListQuery) resolver.resolveArgument(null, null, new ServletWebRequest(request),
                null);
    }

    @Test
    void readsEveryParameterAsDataBindingWould() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/recommendations/users/c-1");
        request.addParameter("k", "7");
        request.addParameter("category", "tea");
        request.addParameter("exclude", "seen");
        request.addParameter("inStock", "false");
        request.addParameter("sessionId", "s-9");
        request.addParameter("pin", "SKU-1,SKU-2");
        request.addParameter("pin", "SKU-3");
        request.addParameter("boostBrand", "acme");
        request.addParameter("maxPerCategory", "3");

        RecommendationController.ListQuery query = read(request);

        assertThat(query).isEqualTo(new RecommendationController.ListQuery(7, "tea", "seen", false, "s-9", null, null,
                java.util.List.of("acme"), null, java.util.List.of("SKU-1", "SKU-2", "SKU-3"), 3));
    }

    @Test
    void blankMeansAbsent() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addParameter("k", "");
        request.addParameter("inStock", " ");
        assertThat(read(request)).isEqualTo(new RecommendationController.ListQuery(null, null, null, null, null, null,
                null, null, null, null, null));
    }

    @Test
    void aValueOfTheWrongTypeNamesItsParameter() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addParameter("k", "ten");
        assertThatThrownBy(() -> read(request)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0).field()).isEqualTo("k"));
        MockHttpServletRequest flag = new MockHttpServletRequest();
        flag.addParameter("inStock", "maybe");
        assertThatThrownBy(() -> read(flag)).hasMessageContaining("invalid");
    }
}
