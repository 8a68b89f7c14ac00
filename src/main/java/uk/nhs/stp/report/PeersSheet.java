package uk.nhs.stp.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;

import uk.nhs.stp.result.AreaScore;
import uk.nhs.stp.result.PeerSet;

/** The Peers sheet: each area beside its most similar areas by circumstances and their median pace. */
final class PeersSheet {

	private PeersSheet() {
	}

	static void write(SheetWriter out, ReportData data, ReportStyles styles) {
		int peers = data.model().thresholds().peerCount();
		List<String> headings = new ArrayList<>(List.of("Area", "Area code", "Support tier", "Pace"));
		for (int i = 1; i <= peers; i++) {
			headings.add("Peer " + i);
		}
		headings.add("Peers' median pace");
		headings.add("Pace minus peers'");
		int[] widths = new int[headings.size()];
		java.util.Arrays.fill(widths, 22);
		widths[0] = 28;
		widths[1] = 11;
		widths[3] = 9;
		widths[headings.size() - 2] = 11;
		widths[headings.size() - 1] = 11;
		out.widths(widths);
		out.title("Peers: each area beside the " + peers + " areas most like it",
				"Peers are the areas nearest on the four circumstances (relationship history, population size, "
						+ "geography, patient flow), as the NHS compares an area with its \"similar 10\".");
		int header = out.header(headings);
		Map<String, String> names = data.areaNames();
		for (AreaScore a : SupportTiersSheet.sorted(data.areas())) {
			PeerSet set = data.peers().get(a.area().code());
			if (set == null) {
				continue;
			}
			Row row = out.row();
			SheetWriter.text(row, 0, a.area().name(), styles.wrap);
			SheetWriter.text(row, 1, a.area().code(), styles.text);
			SheetWriter.text(row, 2, a.tierName(), styles.tier(a.tier()));
			SheetWriter.number(row, 3, a.pace(), styles.decimal2);
			for (int i = 0; i < set.peers().size(); i++) {
				SheetWriter.text(row, 4 + i, names.getOrDefault(set.peers().get(i), set.peers().get(i)), styles.wrap);
			}
			SheetWriter.number(row, 4 + peers, set.peerMedianPace(), styles.decimal2);
			SheetWriter.number(row, 5 + peers,
					a.pace() == null || set.peerMedianPace() == null ? null : a.pace() - set.peerMedianPace(), styles.signed2);
		}
		out.finishTable(header, headings.size() - 1);
	}

}
