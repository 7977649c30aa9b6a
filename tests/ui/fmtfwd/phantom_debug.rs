use std::marker::PhantomData;

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Tagged<T> {
    id: u32,
    kind: PhantomData<T>,
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct User;

mod shop {
    pub struct Order;
}

fn main() {
    let t: Tagged<User> = Tagged { id: 7, kind: PhantomData };
    println!("{:?}", t);
    println!("{:#?}", t);
    let d: Tagged<User> = Default::default();
    println!("{:?} {}", d, t == d);
    let p: PhantomData<shop::Order> = PhantomData;
    println!("{:?}", p);
    println!("{:?}", PhantomData::<Vec<String>>);
    println!("{:?}", PhantomData::<(i32, &str)>);
    println!("[{:>20?}]", PhantomData::<u8>);
}
