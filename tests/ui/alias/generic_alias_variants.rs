type F<X> = Option<X>;
type Res<T> = Result<T, String>;

fn half(n: i32) -> Res<i32> {
    if n % 2 == 0 { Res::Ok(n / 2) } else { Res::Err(format!("{} is odd", n)) }
}

fn main() {
    let h: F<u8> = F::Some(2);
    match h {
        F::Some(x) => println!("some {}", x),
        F::None => println!("none"),
    }
    let e = F::<u8>::None;
    println!("{:?} {:?} {:?}", e, half(4), half(3));
}
