package io.shopmind.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a package, in its {@code package-info.java}, whose classes and subpackages are plain Java: no Spring, JPA,
 * Hibernate or servlet types, so algorithms stay deterministic, testable alone and reusable outside a service. The
 * suite's architecture test reads the marks and checks them on the compiled classes.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface PlainJava {
}
