package uk.nhs.stp.result;

import java.util.List;

/**
 * An area's nearest peers by circumstances (method §5), as CIPFA's nearest neighbours and
 * RightCare's "similar 10" are chosen, and their median pace to compare the area's with.
 *
 * @param areaCode the area
 * @param peers the peers' codes, nearest first
 * @param distances their distances on the (weighted) standardised circumstances
 * @param peerMedianPace the median composite pace of the peers
 */
public record PeerSet(String areaCode, List<String> peers, List<Double> distances, Double peerMedianPace) {
}
