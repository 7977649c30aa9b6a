//! `std::process`: ending the program; the machine implements `exit` (interp/shims.py).

/// Ends the process now with `code` as its exit status; no destructor runs.
#[ferrite::intrinsic = "process_exit"]
pub fn exit(code: i32) -> !;
