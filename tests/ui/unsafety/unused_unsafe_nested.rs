//@ mode: check
// Unsafe operations in an `unsafe fn` body warn in edition 2024; nested `unsafe` blocks
// are unnecessary.
unsafe fn double(x: i32) -> i32 {
    x * 2
}

unsafe fn quadruple(x: i32) -> i32 {
    double(double(x))
}

fn main() {
    unsafe {
        let n = quadruple(2);
        unsafe {
            println!("{}", double(n));
        }
    }
    let plain = unsafe { 3 + 4 };
    println!("{}", plain);
}
