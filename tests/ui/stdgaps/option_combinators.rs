fn main() {
    let a = Some(2);
    let b: Option<char> = Some('z');
    println!("{:?}", a.zip(b));
    println!("{:?}", a.zip(None::<u8>));
    println!("{:?} {:?}", a.xor(None), a.xor(Some(5)));
    println!("{} {}", a.is_some_and(|x| x % 2 == 0), None::<i32>.is_some_and(|x| x > 0));
    println!("{} {}", None::<i32>.is_none_or(|x| x > 9), a.is_none_or(|x| x > 9));
    let mut slot = Some(10);
    let got = slot.take_if(|v| *v > 5);
    println!("{:?} {:?}", got, slot);
    let mut keep = Some(1);
    println!("{:?} {:?}", keep.take_if(|v| *v > 5), keep);
    let seen = Some(4).inspect(|v| println!("saw {}", v)).map(|v| v + 1);
    println!("{:?}", seen);
}
