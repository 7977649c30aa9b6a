//! `std::thread`, as Ferrite models it: a spawned thread runs its closure to completion
//! at `spawn` (interp/shims_thread.py). That is one valid schedule of the real program;
//! an operation that would have to wait for another thread in that schedule is refused
//! by the machine instead of hanging.

pub struct JoinHandle<T> {}

#[ferrite::intrinsic = "thread_spawn"]
pub fn spawn<F: FnOnce() -> T, T>(f: F) -> JoinHandle<T>;

impl<T> JoinHandle<T> {
    #[ferrite::intrinsic = "thread_join"]
    pub fn join(self) -> Result<T, JoinError>;

    #[ferrite::intrinsic = "thread_is_finished"]
    pub fn is_finished(&self) -> bool;
}

/// The payload of a panicked thread (rustc's `Box<dyn Any + Send>`).
pub struct JoinError {}

impl std::fmt::Debug for JoinError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "Any {{ .. }}")
    }
}

/// Does not really wait: the machine's clock moves on by `dur` (interp/shims_time.py).
#[ferrite::intrinsic = "thread_sleep"]
pub fn sleep(dur: std::time::Duration);

/// `thread::scope`: the threads spawned on the scope borrow the caller's locals for
/// `'scope`, and the scope joins them all before it returns (interp/shims_thread.py);
/// one of them that panicked unjoined makes the scope panic.
pub struct Scope<'scope, 'env> {}

pub struct ScopedJoinHandle<'scope, T> {}

#[ferrite::intrinsic = "thread_scope"]
pub fn scope<'env, F, T>(f: F) -> T
where
    F: FnOnce(&Scope<'_, 'env>) -> T;

impl<'scope, 'env> Scope<'scope, 'env> {
    #[ferrite::intrinsic = "thread_scope_spawn"]
    pub fn spawn<F, T>(&'scope self, f: F) -> ScopedJoinHandle<'scope, T>
    where
        F: FnOnce() -> T;
}

impl<'scope, T> ScopedJoinHandle<'scope, T> {
    #[ferrite::intrinsic = "thread_scoped_join"]
    pub fn join(self) -> Result<T, JoinError>;

    #[ferrite::intrinsic = "thread_is_finished"]
    pub fn is_finished(&self) -> bool;
}
