package fr.hautsdeseine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The servers the extension hands out: which are shared, which are fresh, and that a fresh one is gone after its test. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TestServersTest {
    @SharedCatalog
    static TestCatalog shared;
    @FreshCatalog
    static TestCatalog forTheClass;
    @FreshCatalog
    TestCatalog forTheTest;

    private static Path firstTestDir;
    private static TestCatalog firstTestCatalog;

    @Test
    @Order(1)
    void the_shared_server_holds_the_demo_catalog_and_is_the_same_wherever_it_is_asked_for(@SharedCatalog TestCatalog again) {
        firstTestDir = forTheTest.dataDir();
        firstTestCatalog = forTheTest;

        assertThat(again).isSameAs(shared);
        assertThat(shared.server().store().recordCount()).isEqualTo(50);
        assertThat(shared.get("/health/ready").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void a_fresh_server_is_empty_ready_and_its_own_and_the_previous_test_s_is_closed_and_deleted(
            @FreshCatalog TestCatalog parameter) {
        assertThat(forTheTest).isNotSameAs(firstTestCatalog);
        assertThat(Files.exists(firstTestDir)).isFalse();
        assertThat(parameter).isNotSameAs(forTheTest).isNotSameAs(forTheClass).isNotSameAs(shared);
        assertThat(parameter.dataDir()).isNotEqualTo(forTheTest.dataDir()).isNotEqualTo(forTheClass.dataDir());
        assertThat(forTheTest.server().store().recordCount()).isZero();
        assertThat(forTheTest.get("/health/ready").statusCode()).isEqualTo(200);
        assertThat(Files.exists(forTheClass.dataDir())).isTrue();
    }

    @Test
    @Order(3)
    void a_fresh_server_with_the_demo_holds_it(@FreshCatalog(demo = true) TestCatalog demo) {
        assertThat(demo).isNotSameAs(shared);
        assertThat(demo.server().store().recordCount()).isEqualTo(50);
    }
}
