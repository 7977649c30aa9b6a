//@ mode: check
// In edition 2024 an `unsafe fn`'s body is not an unsafe context; each closure in it
// gets the explanation again, and the warning names the function by its path.
mod raw {
    pub unsafe fn head_of(v: &[i32]) -> i32 {
        v[0]
    }

    pub unsafe fn second(v: &[i32]) -> i32 {
        let f = || head_of(v);
        f() + head_of(&v[1..])
    }
}

fn main() {
    let v = vec![1, 2, 3];
    let n = unsafe { raw::second(&v) };
    let m = unsafe {
        let g = || raw::head_of(&v);
        g()
    };
    println!("{} {}", n, m);
}
