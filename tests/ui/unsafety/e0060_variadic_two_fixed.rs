//@ mode: check
// Two declared parameters before the `...`: one argument is not enough.
unsafe extern "C" {
    fn log_line(level: i32, message: *const u8, ...);
    fn message_ptr() -> *const u8;
}

fn main() {
    let msg = unsafe { message_ptr() };
    unsafe { log_line(2, msg, 10, 20) };
    unsafe { log_line(1) };
}
