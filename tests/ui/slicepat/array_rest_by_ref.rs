fn main() {
    let arr = [1, 2, 3, 4];
    match &arr {
        [first, rest @ ..] => println!("{first} then {:?} ({} more)", rest, rest.len()),
    }
    let [a, middle @ .., d] = &arr;
    println!("{a} {:?} {d}", middle);
    let names = [String::from("ann"), String::from("bob"), String::from("cy")];
    let [head, tail @ ..] = &names;
    println!("{head} {:?}", tail);
    println!("{}", names.len());
}
