fn main() {
    let v = vec![1, 2, 3, 4, 5];
    println!("{}", v.iter().len());
    let mut it = v.iter();
    it.next();
    it.next_back();
    println!("{}", it.len());
    println!("{}", v.iter().map(|x| x * 2).len());
    println!("{}", v.iter().enumerate().skip(1).take(10).len());
    println!("{}", v.iter().rev().zip([1, 2].iter()).len());
    println!("{}", v.clone().into_iter().len());
    println!("{}", [7u8; 4].into_iter().len());
    let n: i32 = 10;
    println!("{}", (3..n).len());
    println!("{}", (10u8..3).len());
    println!("{}", v.iter().copied().skip(9).len());
    let names = [String::from("ann"), String::from("bo")];
    let it = names.iter().cloned();
    println!("{} {:?}", it.len(), it.collect::<Vec<_>>());
}
