fn main() {
    let name: Option<u32> = Some(6);
    let len = name.map(|s| s + 1);
    println!("{:?}", len);
    let none: Option<u32> = None;
    println!("{:?} {}", none.map(|s| s + 1), none.map_or(0, |s| s + 1));
    println!("{}", name.map_or_else(|| 0, |s| s * 2));
    println!("{:?}", none.ok_or_else(|| 404));
    println!("{:?}", name.or_else(|| Some(9)));
    println!("{:?}", none.or_else(|| Some(9)));
    let mut cache: Option<u32> = None;
    let v = *cache.get_or_insert_with(|| 7 * 6);
    println!("{v} {:?}", cache);
    println!("{:?}", Some(1).zip(Some('a')));
    println!("{} {}", Some(3).is_none_or(|n| n > 2), None::<i32>.is_none_or(|n| n > 2));
    let limit = 10;
    println!("{:?}", Some(12).filter(|n| *n < limit));
}
