struct W<T> {
    t: T,
}

const F: fn(i32) -> i32 = neg;
static G: fn(i32) -> i32 = neg;

fn neg(x: i32) -> i32 {
    -x
}


fn main() {
    let w = W { t: neg as fn(i32) -> i32 };
    println!("{}", (w.t)(2));
    println!("{} {}", F(3), G(4));
    let f: fn(i32) -> i32 = neg;
    let r = &f;
    println!("{}", r(5));
    let m: &mut fn(i32) -> i32 = &mut f.clone();
    *m = |x| x * 9;
    println!("{}", m(1));
    let b: Box<dyn Fn(i32) -> i32> = Box::new(f);
    println!("{}", b(6));
}
