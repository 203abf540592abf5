package io.shopmind.forecast.history;

import org.springframework.data.jpa.repository.JpaRepository;

/** The series table. */
public interface SeriesRepository extends JpaRepository<Series, String> {
}
