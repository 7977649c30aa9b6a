//@ mode: check
//@ edition: 2021
// In edition 2021 an `unsafe fn` body is an unsafe context: no warning there.
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
}
