package com.annavaram.systemtests.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/** A story over HTTP against the shared {@link SystemUnderTest}, checked for unequal alias pairs after each test. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PlatformExtension.class)
public @interface SystemTest {
}
