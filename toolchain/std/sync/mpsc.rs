//! `std::sync::mpsc`, as Ferrite models it: a channel is a queue shared by its senders
//! and its receiver (interp/shims_chan.py). Threads run one at a time, each to
//! completion at `spawn` (interp/shims_thread.py), so a `recv` on an empty channel
//! whose sender is still alive either waits forever (every other thread has ended: a
//! deadlock) or would need a thread switch, which the machine refuses honestly.

pub struct Sender<T> {}

pub struct Receiver<T> {}

#[ferrite::intrinsic = "chan_new"]
pub fn channel<T>() -> (Sender<T>, Receiver<T>);

impl<T> Sender<T> {
    #[ferrite::intrinsic = "chan_send"]
    pub fn send(&self, t: T) -> Result<(), SendError<T>>;
}

impl<T> Clone for Sender<T> {
    #[ferrite::intrinsic = "chan_sender_clone"]
    fn clone(&self) -> Sender<T>;
}

impl<T> Receiver<T> {
    #[ferrite::intrinsic = "chan_recv"]
    pub fn recv(&self) -> Result<T, RecvError>;

    #[ferrite::intrinsic = "chan_try_recv"]
    pub fn try_recv(&self) -> Result<T, TryRecvError>;

    pub fn iter(&self) -> std::sync::mpsc::Iter<T> {
        std::sync::mpsc::Iter { rx: self }
    }

    // rustc's `impl IntoIterator for Receiver<T>` (`for v in rx`: typeck/collection_loops.py).
    pub fn into_iter(self) -> std::sync::mpsc::IntoIter<T> {
        std::sync::mpsc::IntoIter { rx: self }
    }
}

/// The iterator of `Receiver::iter`: `recv` until every sender is gone.
#[ferrite::full_path]
pub struct Iter<'a, T> {
    rx: &'a Receiver<T>,
}

impl<'a, T> Iterator for std::sync::mpsc::Iter<'a, T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.rx.recv().ok()
    }
}

/// The iterator of `for v in rx`.
#[ferrite::full_path]
pub struct IntoIter<T> {
    rx: Receiver<T>,
}

impl<T> Iterator for std::sync::mpsc::IntoIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.rx.recv().ok()
    }
}

pub struct SendError<T>(pub T);

impl<T> std::fmt::Debug for SendError<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "SendError {{ .. }}")
    }
}

impl<T> std::fmt::Display for SendError<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "sending on a closed channel")
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct RecvError;

impl std::fmt::Display for RecvError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "receiving on a closed channel")
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TryRecvError {
    Empty,
    Disconnected,
}

impl std::fmt::Display for TryRecvError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            TryRecvError::Empty => write!(f, "receiving on an empty channel"),
            TryRecvError::Disconnected => write!(f, "receiving on a closed channel"),
        }
    }
}
