use std::ops::{Mul, MulAssign};

#[derive(Debug, Clone, Copy, PartialEq)]
struct M2 {
    a: i64,
    b: i64,
    c: i64,
    d: i64,
}

impl Mul for M2 {
    type Output = M2;
    fn mul(self, o: M2) -> M2 {
        M2 {
            a: self.a * o.a + self.b * o.c,
            b: self.a * o.b + self.b * o.d,
            c: self.c * o.a + self.d * o.c,
            d: self.c * o.b + self.d * o.d,
        }
    }
}

impl MulAssign for M2 {
    fn mul_assign(&mut self, o: M2) {
        *self = *self * o;
    }
}

fn fib(n: u32) -> i64 {
    let mut result = M2 { a: 1, b: 0, c: 0, d: 1 };
    let mut base = M2 { a: 1, b: 1, c: 1, d: 0 };
    let mut k = n;
    while k > 0 {
        if k % 2 == 1 {
            result *= base;
        }
        base *= base;
        k /= 2;
    }
    result.b
}

fn main() {
    for n in [1, 2, 10, 50, 90] {
        println!("fib({}) = {}", n, fib(n));
    }
}
