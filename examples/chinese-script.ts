// Chinese is analysed on a Simplified view; outputs keep the original script.
import { detectChineseScript, toSimplified, toTraditional } from 'bitext-tm';

console.log(detectChineseScript('重慶市政府外辦副主任'));
//=> 'traditional'
console.log(toSimplified('重慶市政府外辦副主任'));
//=> '重庆市政府外办副主任'
console.log(toTraditional('总领事'));
//=> '總領事'
