package org.ffmusb.usbredir.guest;

/**
 * bulk_streams_status: the reply to alloc_bulk_streams and free_bulk_streams (reference §9.2).
 *
 * @param endpoints the endpoint bitmask of the request (bit = ep_info index, see
 *                  {@link org.ffmusb.usbredir.proto.EndpointType#index})
 * @param streams   the stream count of the request (0 for free)
 */
public record BulkStreamsResult(int status, long endpoints, long streams) implements GuestResult {}
