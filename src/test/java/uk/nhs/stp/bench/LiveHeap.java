package uk.nhs.stp.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The heap a run keeps live, from the collector's own notifications: after each collection, the
 * old generation's use, with the time it was taken, so that the peak during one step can be read
 * off afterwards. Heap in use between collections includes garbage and says nothing about
 * whether memory grows with file size; what survives collections does.
 */
final class LiveHeap implements NotificationListener, AutoCloseable {

	private record Sample(long epochMillis, long oldBytes) {
	}

	private final List<Sample> samples = new ArrayList<>();

	private final long startMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getUptime();

	private LiveHeap() {
	}

	static LiveHeap watch() {
		LiveHeap heap = new LiveHeap();
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) collector).addNotificationListener(heap, null, null);
		}
		return heap;
	}

	@Override
	public void handleNotification(Notification notification, Object handback) {
		if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			return;
		}
		GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
			.from((CompositeData) notification.getUserData());
		long old = 0;
		for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
			if (pool.getKey().contains("Old") || pool.getKey().contains("Tenured")) {
				old += pool.getValue().getUsed();
			}
		}
		synchronized (this.samples) {
			this.samples.add(new Sample(this.startMillis + info.getGcInfo().getEndTime(), old));
		}
	}

	/** The most the old generation held after a collection between the two times, in MB. */
	long peakMb(LocalDateTime from, LocalDateTime to) {
		long fromMillis = from.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
		long toMillis = to.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
		synchronized (this.samples) {
			return this.samples.stream()
				.filter(s -> s.epochMillis() >= fromMillis && s.epochMillis() <= toMillis)
				.mapToLong(Sample::oldBytes)
				.max()
				.orElse(0) / (1024 * 1024);
		}
	}

	@Override
	public void close() {
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			try {
				((NotificationEmitter) collector).removeNotificationListener(this);
			}
			catch (ListenerNotFoundException ex) {
				// never added to this collector: nothing to remove
			}
		}
	}

}
