//! A deadline on writes, so a client that stops reading its responses cannot keep a
//! connection open for ever.
//!
//! hyper bounds how long a client may take to send a request head, but not how long it may
//! take to read the response: a client that sends requests and never reads fills its receive
//! window, and the server's write then waits without end, holding a connection slot. This
//! wrapper fails a write (or flush) that has made no progress for the limit, which ends the
//! connection.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::time::Sleep;

/// An I/O stream whose writes fail after `limit` without progress.
pub(crate) struct WriteDeadline<T> {
    inner: T,
    limit: Duration,
    /// Armed while a write or flush waits for the client to take data; reset on progress.
    stalled: Option<Pin<Box<Sleep>>>,
}

impl<T> WriteDeadline<T> {
    pub(crate) fn new(inner: T, limit: Duration) -> Self {
        WriteDeadline {
            inner,
            limit,
            stalled: None,
        }
    }

    /// Passes a ready result through (and disarms the timer); on `Pending`, arms the timer
    /// if need be and turns its expiry into a `TimedOut` error.
    fn guard<R>(&mut self, cx: &mut Context<'_>, poll: Poll<io::Result<R>>) -> Poll<io::Result<R>> {
        if poll.is_ready() {
            self.stalled = None;
            return poll;
        }
        let limit = self.limit;
        let timer = self
            .stalled
            .get_or_insert_with(|| Box::pin(tokio::time::sleep(limit)));
        if timer.as_mut().poll(cx).is_ready() {
            self.stalled = None;
            return Poll::Ready(Err(io::Error::new(
                io::ErrorKind::TimedOut,
                format!("the client took no response data for {limit:?}"),
            )));
        }
        Poll::Pending
    }
}

impl<T: AsyncRead + Unpin> AsyncRead for WriteDeadline<T> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<T: AsyncWrite + Unpin> AsyncWrite for WriteDeadline<T> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let poll = Pin::new(&mut self.inner).poll_write(cx, buf);
        self.guard(cx, poll)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let poll = Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
        self.guard(cx, poll)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let poll = Pin::new(&mut self.inner).poll_flush(cx);
        self.guard(cx, poll)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let poll = Pin::new(&mut self.inner).poll_shutdown(cx);
        self.guard(cx, poll)
    }
}

#[cfg(test)]
mod tests {
    use std::future::poll_fn;
    use std::time::Instant;

    use tokio::net::{TcpListener, TcpStream};

    use super::*;

    /// Writes `total` bytes; the error, if a write fails.
    async fn write_all<T: AsyncWrite + Unpin>(stream: &mut T, total: usize) -> io::Result<()> {
        let chunk = vec![b'x'; 64 * 1024];
        let mut written = 0;
        while written < total {
            let len = chunk.len().min(total - written);
            written += poll_fn(|cx| Pin::new(&mut *stream).poll_write(cx, &chunk[..len])).await?;
        }
        poll_fn(|cx| Pin::new(&mut *stream).poll_flush(cx)).await
    }

    async fn pair() -> (TcpStream, TcpStream) {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let client = TcpStream::connect(listener.local_addr().unwrap())
            .await
            .unwrap();
        let (server, _) = listener.accept().await.unwrap();
        (server, client)
    }

    #[tokio::test]
    async fn a_client_that_stops_reading_is_disconnected() {
        let (server, _client) = pair().await;
        let mut server = WriteDeadline::new(server, Duration::from_millis(200));
        let started = Instant::now();
        // Far more than the socket buffers hold, and the client reads none of it.
        let err = write_all(&mut server, 256 << 20).await.unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::TimedOut);
        assert!(started.elapsed() >= Duration::from_millis(200));
        assert!(started.elapsed() < Duration::from_secs(10));
    }

    #[tokio::test]
    async fn a_client_that_reads_gets_everything() {
        let (server, mut client) = pair().await;
        let mut server = WriteDeadline::new(server, Duration::from_millis(500));
        let total = 8 << 20;
        let reader = tokio::spawn(async move {
            let mut buf = vec![0; 64 * 1024];
            let mut read = 0;
            loop {
                // Pauses shorter than the limit: slow, but never stalled for long.
                tokio::time::sleep(Duration::from_millis(1)).await;
                let mut out = ReadBuf::new(&mut buf);
                poll_fn(|cx| Pin::new(&mut client).poll_read(cx, &mut out))
                    .await
                    .unwrap();
                if out.filled().is_empty() {
                    return read;
                }
                read += out.filled().len();
            }
        });
        write_all(&mut server, total).await.unwrap();
        drop(server);
        assert_eq!(reader.await.unwrap(), total);
    }
}
