/**
 * Moving usbredir bytes: {@link org.ffmusb.usbredir.transport.UsbRedirPeer} is what a host or guest
 * engine offers a transport, and the transports here serve it — {@link org.ffmusb.usbredir.transport.TcpClient}
 * (usbredirect's {@code --to}, with retry and reconnect), {@link org.ffmusb.usbredir.transport.TcpServer}
 * ({@code --as}, one connection at a time, optionally listening again), a
 * {@link org.ffmusb.usbredir.transport.SocketConnection} over any connected stream socket, and the
 * in-process {@link org.ffmusb.usbredir.transport.PeerPipe}. Each connection has one named I/O thread
 * that makes every call on its peer; threads queueing output never block. Bytes and packets each way
 * are counted in {@link org.ffmusb.usbredir.transport.TransportCounters}.
 */
package org.ffmusb.usbredir.transport;
