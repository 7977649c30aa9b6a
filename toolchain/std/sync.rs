//! `std::sync`: `Arc` and `Mutex`, as Ferrite models them. Threads run one at a time
//! (interp/shims_thread.py), so an `Arc` is held exactly like an `Rc`
//! (interp/shims_rc.py) and a `Mutex` like a `RefCell` whose guard unlocks when it is
//! dropped (interp/shims_sync.py); a lock that would wait forever is refused.

use std::ops::{Deref, DerefMut};

pub struct Arc<T> {}

impl<T> Arc<T> {
    #[ferrite::intrinsic = "rc_new"]
    pub fn new(value: T) -> Arc<T>;

    #[ferrite::intrinsic = "rc_clone"]
    pub fn clone(&self) -> Arc<T>;

    #[ferrite::intrinsic = "rc_strong_count"]
    pub fn strong_count(this: &Arc<T>) -> usize;

    #[ferrite::intrinsic = "rc_ptr_eq"]
    pub fn ptr_eq(this: &Arc<T>, other: &Arc<T>) -> bool;
}

impl<T> Deref for Arc<T> {
    type Target = T;

    #[ferrite::intrinsic = "rc_deref"]
    fn deref(&self) -> &T;
}

pub struct Mutex<T> {}

pub struct MutexGuard<T> {}

pub struct PoisonError<T> {}

impl<T> Mutex<T> {
    #[ferrite::intrinsic = "mutex_new"]
    pub fn new(value: T) -> Mutex<T>;

    #[ferrite::intrinsic = "mutex_lock"]
    pub fn lock(&self) -> Result<MutexGuard<T>, PoisonError<MutexGuard<T>>>;

    #[ferrite::intrinsic = "mutex_into_inner"]
    pub fn into_inner(self) -> Result<T, PoisonError<T>>;
}

impl<T> Deref for MutexGuard<T> {
    type Target = T;

    #[ferrite::intrinsic = "guard_deref"]
    fn deref(&self) -> &T;
}

impl<T> DerefMut for MutexGuard<T> {
    #[ferrite::intrinsic = "guard_deref"]
    fn deref_mut(&mut self) -> &mut T;
}

impl<T> std::fmt::Debug for PoisonError<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "PoisonError {{ .. }}")
    }
}

/// A `RwLock` is held like a `Mutex` (interp/shims_sync.py): many read guards or one
/// write guard; a lock that would wait on this thread's own guard is a deadlock.
pub struct RwLock<T> {}

pub struct RwLockReadGuard<T> {}

pub struct RwLockWriteGuard<T> {}

impl<T> RwLock<T> {
    #[ferrite::intrinsic = "mutex_new"]
    pub fn new(value: T) -> RwLock<T>;

    #[ferrite::intrinsic = "rwlock_read"]
    pub fn read(&self) -> Result<RwLockReadGuard<T>, PoisonError<RwLockReadGuard<T>>>;

    #[ferrite::intrinsic = "mutex_lock"]
    pub fn write(&self) -> Result<RwLockWriteGuard<T>, PoisonError<RwLockWriteGuard<T>>>;

    #[ferrite::intrinsic = "mutex_into_inner"]
    pub fn into_inner(self) -> Result<T, PoisonError<T>>;
}

impl<T> Deref for RwLockReadGuard<T> {
    type Target = T;

    #[ferrite::intrinsic = "guard_deref"]
    fn deref(&self) -> &T;
}

impl<T> Deref for RwLockWriteGuard<T> {
    type Target = T;

    #[ferrite::intrinsic = "guard_deref"]
    fn deref(&self) -> &T;
}

impl<T> DerefMut for RwLockWriteGuard<T> {
    #[ferrite::intrinsic = "guard_deref"]
    fn deref_mut(&mut self) -> &mut T;
}
