package io.meetingmemo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The domain core (memo model, storage-format parsing, action-item rules) knows nothing of Confluence,
 * Active Objects or Jakarta EE, so it can be tested, benchmarked and reused without a host; adapters
 * depend on it, never the other way round.
 */
class DomainIsolationTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("io.meetingmemo");

    @Test
    void domainImportsNoHostTypes() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("com.atlassian..", "net.java.ao..", "jakarta..",
                        "org.springframework..", "org.slf4j..")
                .because("the domain core is host-free")
                .check(APP);
    }

    @Test
    void domainDependsOnNoAdapter() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..ao..", "..rest..", "..macro..", "..listener..",
                        "..permission..", "..platform..")
                .check(APP);
    }

    @Test
    void onlyThePermissionComponentAsksConfluenceForPermissions() {
        // The composition root (platform) only hands Confluence's service to the permission component.
        noClasses().that().resideOutsideOfPackages("io.meetingmemo.permission..", "io.meetingmemo.platform..")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.atlassian.confluence.security.PermissionManager")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.atlassian.confluence.security.Permission")
                .because("one place decides permissions")
                .check(APP);
    }

    /**
     * REST resources, macros, registers and the servlet go through the use cases (actionitem.app,
     * memo.app), which apply the permission rules; they never read or write items themselves.
     */
    @Test
    void adaptersReachItemsOnlyThroughTheUseCases() {
        noClasses().that().resideInAnyPackage("..rest..", "..macro..", "..register..", "..listener..", "..blueprint..")
                .should().dependOnClassesThat().haveFullyQualifiedName("io.meetingmemo.actionitem.domain.ActionItemRepository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.meetingmemo.actionitem.domain.ActionItemFinder")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.meetingmemo.actionitem.domain.ActionItemStatusService")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.meetingmemo.decision.domain.DecisionRepository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.meetingmemo.decision.domain.DecisionFinder")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.meetingmemo.permission.ContentPermissions")
                .check(APP);
    }

    /**
     * The sync and the re-sync are run by the tracker-maintenance use case only: the page-event listener and the
     * administrators' REST resource report to it, so who saved and who may re-sync is decided in one place.
     */
    @Test
    void onlyTheUseCasesRunTheSync() {
        noClasses().that().resideOutsideOfPackages("io.meetingmemo.actionitem.app..", "io.meetingmemo.actionitem.domain..")
                .should().callCodeUnitWhere(new com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaCall<?>>(
                        "a constructor or method of the sync or the re-sync") {
                    @Override
                    public boolean test(com.tngtech.archunit.core.domain.JavaCall<?> call) {
                        String owner = call.getTargetOwner().getName();
                        return owner.equals(io.meetingmemo.actionitem.domain.ActionItemSync.class.getName())
                                || owner.equals(io.meetingmemo.actionitem.domain.ActionItemResync.class.getName());
                    }
                })
                .check(APP);
    }

    /** The persistence adapters: each feature's {@code ao} package (tracker, series, reminders, minutes, decisions, contacts, …). */
    @Test
    void activeObjectsIsUsedOnlyByThePersistenceAdapter() {
        noClasses().that().resideOutsideOfPackages("io.meetingmemo.*.ao..", "io.meetingmemo.platform..",
                        // The tests' Active Objects service, on the class path when the tests run without packaging.
                        "io.meetingmemo.embeddedao..")
                .should().dependOnClassesThat().resideInAnyPackage("net.java.ao..", "com.atlassian.activeobjects..")
                .check(APP);
    }
}
