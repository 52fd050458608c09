package sinew.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import sinew.dsl.workspace.ModelIssue;
import sinew.dsl.workspace.ModelWorkspace;

/**
 * What the supply, export-control and data-quality rules find in the flagship, checked against the article: MHI
 * capped by the seekers Boeing allocates, complete 155 mm rounds capped by propellant charges, a fuze of unknown
 * origin, a Chinese magnet alloy, the notional JASSM-ER line in Australia, a plant enabled before it starts; and no
 * export-control finding where the licences and exemptions in force cover the flows.
 */
class SupplyAndExportFlagshipTest {

	private static List<ModelIssue> issues;

	@BeforeAll
	static void validateFlagship() throws Exception {
		ModelWorkspace workspace = TestModels.workspace();
		Path folder = TestModels.examples().resolve("indo-pacific");
		issues = workspace.validate(workspace.load(ModelWorkspace.collect(List.of(folder.toString()))));
	}

	private static List<String> messages(String code) {
		return issues.stream().filter(i -> i.code().equals(code)).map(ModelIssue::message).toList();
	}

	private static void assertFinds(String code, String... fragments) {
		List<String> messages = messages(code);
		assertTrue(messages.stream().anyMatch(m -> List.of(fragments).stream().allMatch(m::contains)),
				() -> code + " should report " + List.of(fragments) + "; it reports " + messages);
	}

	@Test
	void mhiIsCappedByTheSeekersBoeingAllocatesIt() {
		assertFinds("SNW-SUP-002", "MHI_Komaki_PAC3 can make at most 30/year", "Boeing_Huntsville_Seeker allocates 30/year",
				"surge target of 60/year");
	}

	@Test
	void completeRoundsAreCappedByPropellantCharges() {
		assertFinds("SNW-SUP-003", "Iowa_LAP can complete at most 18,000/month", "Radford_Charge", "40,000/month");
		assertFinds("SNW-SUP-003", "Honeywell_IPP has no source for Samarium-cobalt magnet alloy");
	}

	@Test
	void theFuzeHasNoKnownOriginAndTheMagnetAlloyIsChinese() {
		assertFinds("SNW-SUP-004", "M739 point-detonating fuze", "no known country of origin");
		assertFinds("SNW-SUP-004", "Samarium-cobalt magnet alloy", "CHN", "adversary");
		assertEquals(2, messages("SNW-SUP-004").size(), () -> "SNW-SUP-004: " + messages("SNW-SUP-004"));
	}

	@Test
	void theNotionalJassmLineInAustraliaIsAnMtcrCategoryOneProductionTransfer() {
		assertEquals(1, messages("SNW-EXC-002").size(), () -> "SNW-EXC-002: " + messages("SNW-EXC-002"));
		assertFinds("SNW-EXC-002", "GWEO_JASSM_Notional", "AUS", "MTCR Category I");
	}

	@Test
	void everyFlowOfTheFlagshipIsLicensedAndNoLicensedItemGoesToAThirdCountry() {
		assertEquals(List.of(), messages("SNW-EXC-001"));
		assertEquals(List.of(), messages("SNW-EXC-003"));
	}

	@Test
	void theGmlrsPlantIsEnabledBeforeItsOwnStart() {
		assertEquals(1, messages("SNW-DAT-001").size(), () -> "SNW-DAT-001: " + messages("SNW-DAT-001"));
		assertFinds("SNW-DAT-001", "InTheatreProduction2027 enables LMA_OrchardHills_GMLRS from 2027-06", "2029-01");
	}
}
